using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Creo.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VideoOutputMetadata : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "duration_seconds",
                table: "generations_generation_outputs",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "height",
                table: "generations_generation_outputs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "width",
                table: "generations_generation_outputs",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "duration_seconds",
                table: "generations_generation_outputs");

            migrationBuilder.DropColumn(
                name: "height",
                table: "generations_generation_outputs");

            migrationBuilder.DropColumn(
                name: "width",
                table: "generations_generation_outputs");
        }
    }
}
