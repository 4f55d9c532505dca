using System.Security.Cryptography;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.ListAccountContacts;
using Creo.Application.Accounts.ListAccountContactsById;
using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Privacy.PreviewBreachAudience;

internal sealed class PreviewBreachAudienceQueryHandler(IMediator mediator, TimeProvider clock)
    : IQueryHandler<PreviewBreachAudienceQuery, BreachAudiencePreviewDto>
{
    public const int SampleSize = 50;

    private const int Batch = 1000;

    public async ValueTask<BreachAudiencePreviewDto> Handle(PreviewBreachAudienceQuery query, CancellationToken cancellationToken)
    {
        var breach = query.Breach;

        // The domain's own rules (not discovered in the future, a window that ends after it begins) refuse a breach
        // here as they would at recording, so nobody is asked to confirm what cannot be recorded. Nothing is saved.
        var now = clock.GetUtcNow();
        var audience = breach.UserIds is not null ? BreachAudience.Explicit : breach.All ? BreachAudience.AllActive : BreachAudience.ByCategoriesAndWindow;
        _ = Breach.Record(
            new BreachFacts(breach.Message!, breach.Description?.Trim() ?? string.Empty, audience, BreachCategories.Normalize(breach.Categories), breach.DiscoveredAt, breach.From, breach.To),
            breach.RecordedBy,
            now);

        if (breach.UserIds is { } named)
        {
            var ids = named.Distinct().ToList();
            var known = await mediator.Send(new ListAccountContactsByIdQuery(ids), cancellationToken);
            var ordered = known.OrderBy(k => k.UserId).ToList();
            return new BreachAudiencePreviewDto(ordered.Count, [.. ordered.Take(SampleSize)], [.. ids.Except(ordered.Select(k => k.UserId))], Fingerprint(ordered));
        }

        // The same cut-off the recorded breach will use (Breach.AffectsAccountsCreatedBy): later accounts were not there.
        var createdBy = !breach.All && breach.To is { } end && end < now ? end : now;
        var everyone = new List<AccountRecipientDto>();
        Guid? after = null;
        while (true)
        {
            var page = await mediator.Send(new ListAccountContactsQuery(after, Batch, createdBy), cancellationToken);
            everyone.AddRange(page);
            if (page.Count < Batch)
            {
                break;
            }

            after = page[^1].UserId;
        }

        return new BreachAudiencePreviewDto(everyone.Count, [.. everyone.Take(SampleSize)], [], Fingerprint(everyone));
    }

    private static string Fingerprint(IEnumerable<AccountRecipientDto> recipients)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var recipient in recipients)
        {
            hash.AppendData(recipient.UserId.ToByteArray());
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
