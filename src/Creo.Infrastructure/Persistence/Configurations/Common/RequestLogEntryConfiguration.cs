using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Common;

internal sealed class RequestLogEntryConfiguration : IEntityTypeConfiguration<RequestLogEntry>
{
    public void Configure(EntityTypeBuilder<RequestLogEntry> builder)
    {
        builder.ToTable("request_logs", ModuleSchemas.Common);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Method).HasMaxLength(10);
        builder.Property(e => e.Path).HasMaxLength(RequestLogEntry.MaxPathLength);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.UserAgent).HasMaxLength(RequestLogEntry.MaxUserAgentLength);
        builder.HasIndex(e => e.OccurredAt);
        builder.AreClassified(
            Classifications.RequestLog,
            nameof(RequestLogEntry.Id), nameof(RequestLogEntry.OccurredAt), nameof(RequestLogEntry.Method), nameof(RequestLogEntry.Path),
            nameof(RequestLogEntry.StatusCode), nameof(RequestLogEntry.DurationMs), nameof(RequestLogEntry.UserId),
            nameof(RequestLogEntry.IpAddress), nameof(RequestLogEntry.UserAgent));
    }
}
