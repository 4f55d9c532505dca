using Creo.Application.Privacy.ErasePrivacyRecords;
using Creo.Application.Privacy.SubmitPrivacyRequest;
using Creo.Application.Privacy.UpdateConsents;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Privacy;

public abstract class PrivacyRecordsErasureTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    [Fact]
    public async Task Erasing_privacy_records_removes_the_persons_consents_and_requests_and_nobody_elses()
    {
        var cancel = TestContext.Current.CancellationToken;
        var user = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();
        foreach (var person in new[] { user, other })
        {
            await App.SendAsync(new UpdateConsentsCommand(person, true, true, "privacy-center", false), cancel);
            await App.SendAsync(new SubmitPrivacyRequestCommand(person, "delete", "Please."), cancel);
        }

        var erased = await App.SendAsync(new ErasePrivacyRecordsCommand(user), cancel);

        Assert.Equal(3, erased);
        await using var db = App.Database.CreateContext();
        Assert.False(await db.ConsentRecords.AnyAsync(c => c.UserId == user, cancel));
        Assert.False(await db.PrivacyRequests.AnyAsync(r => r.UserId == user, cancel));
        Assert.Equal(3, await db.ConsentRecords.CountAsync(cancel) + await db.PrivacyRequests.CountAsync(cancel));
    }
}

public sealed class SqlitePrivacyRecordsErasureTests() : PrivacyRecordsErasureTests(DatabaseProvider.Sqlite);

public sealed class PostgresPrivacyRecordsErasureTests() : PrivacyRecordsErasureTests(DatabaseProvider.Postgres);
