using Creo.Application.Common.Jobs;
using Creo.Infrastructure.Persistence;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Npgsql;

namespace Creo.Infrastructure.Jobs;

/// <summary>
/// Enqueues a job on Hangfire's PostgreSQL storage inside the command's own transaction: the job's rows (job, Enqueued
/// state, queue entry) are written as Hangfire.PostgreSql writes them, handed to the commit and sent in its round trip
/// (<see cref="StatementsWithCommit"/>). The job then commits with the rows it reads or not at all, so no crash can
/// leave a stored generation without its run, or a run without its generation. Hangfire's own client cannot do this:
/// it writes in its own transactions on its own connections, and a second connection in one TransactionScope would
/// need a distributed transaction. The job and its arguments are serialized by Hangfire's own serializer; the table
/// layout is Hangfire.PostgreSql's (schema v23, pinned with the package), which PostgresJobRowsTests reads back through
/// Hangfire. What the client's filters would add is left out on purpose: the culture parameters (jobs here are
/// culture-free) and the in-process wake-up of this instance's workers, which pick the job up at their next poll
/// (<c>Jobs__QueuePollInterval</c>).
/// </summary>
internal sealed class PostgresJobRows(CreoDbContext db) : ICommandJobWriter
{
    private const string Schema = JobsRegistration.HangfireSchema;

    // In a sub-select, so PostgreSQL evaluates it once and seeks the primary key with it: currval() is volatile, and
    // compared directly in a WHERE it would make the UPDATE scan the whole job table.
    private const string CurrentJob = $"(SELECT currval('{Schema}.job_id_seq'))";

    public Task EnqueueAsync<TJob>(TJob job, CancellationToken cancellationToken)
        where TJob : IJob
    {
        var invocation = InvocationData.SerializeJob(DispatcherJobs.For(job));
        var state = new EnqueuedState();
        var now = DateTime.UtcNow;

        // currval() reads this session's last value of each sequence, so the four must stay together and in this order.
        var withCommit = db.WithCommit; // only inside the command's PostgreSQL transaction
        withCommit.Add(StatementsWithCommit.Statement(
            $"INSERT INTO {Schema}.job (invocationdata, arguments, createdat) VALUES ($1::jsonb, $2::jsonb, $3)",
            SerializationHelper.Serialize(invocation), invocation.Arguments, now));
        withCommit.Add(StatementsWithCommit.Statement(
            $"INSERT INTO {Schema}.state (jobid, name, createdat, data) VALUES ({CurrentJob}, $1, $2, $3::jsonb)",
            state.Name, now, SerializationHelper.Serialize(state.SerializeData())));
        withCommit.Add(StatementsWithCommit.Statement(
            $"UPDATE {Schema}.job SET stateid = (SELECT currval('{Schema}.state_id_seq')), statename = $1 WHERE id = {CurrentJob}", state.Name));
        withCommit.Add(StatementsWithCommit.Statement($"INSERT INTO {Schema}.jobqueue (jobid, queue) VALUES ({CurrentJob}, $1)", state.Queue));
        return Task.CompletedTask;
    }
}
