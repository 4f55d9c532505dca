using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence.Classification;

namespace Creo.Infrastructure.Persistence.Configurations.Privacy;

internal sealed class BreachNotificationConfiguration : IEntityTypeConfiguration<BreachNotification>
{
    public void Configure(EntityTypeBuilder<BreachNotification> builder)
    {
        builder.ToTable("breach_notifications", ModuleSchemas.Privacy);
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Ignore(n => n.IsMailed);

        // One row per person and breach: picking the same people again (a re-run, a second job) adds nobody twice.
        builder.HasIndex(n => new { n.BreachId, n.UserId }).IsUnique();
        builder.HasIndex(n => n.UserId);
        builder.HasOne<Breach>().WithMany().HasForeignKey(n => n.BreachId).OnDelete(DeleteBehavior.Restrict);
        builder.AreClassified(
            Classifications.BreachNotice,
            nameof(BreachNotification.Id), nameof(BreachNotification.BreachId), nameof(BreachNotification.UserId),
            nameof(BreachNotification.MailedAt), nameof(BreachNotification.DismissedAt));
    }
}
