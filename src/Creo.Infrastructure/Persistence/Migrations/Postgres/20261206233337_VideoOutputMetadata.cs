using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VideoOutputMetadata : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "duration_seconds",
                schema: "generations",
                table: "generation_outputs",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "height",
                schema: "generations",
                table: "generation_outputs",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "width",
                schema: "generations",
                table: "generation_outputs",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "duration_seconds",
                schema: "generations",
                table: "generation_outputs");

            migrationBuilder.DropColumn(
                name: "height",
                schema: "generations",
                table: "generation_outputs");

            migrationBuilder.DropColumn(
                name: "width",
                schema: "generations",
                table: "generation_outputs");
        }
    }
}
