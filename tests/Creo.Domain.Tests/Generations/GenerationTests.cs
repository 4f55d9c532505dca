using Creo.Domain.Common;
using Creo.Domain.Generations;

namespace Creo.Domain.Tests.Generations;

public sealed class GenerationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public void A_new_generation_is_queued()
    {
        var generation = New();

        Assert.Equal(GenerationStatus.Queued, generation.Status);
        Assert.False(generation.IsFinished);
        Assert.Equal($"users/{generation.UserId:N}/generations/{generation.Id:N}/", generation.StoragePrefix);
    }

    [Fact]
    public void A_claim_starts_the_run_and_keeps_a_second_worker_out_until_it_lapses()
    {
        var generation = New();

        Assert.True(generation.TryClaim(Now, Lease));
        Assert.False(generation.TryClaim(Now + TimeSpan.FromMinutes(1), Lease));
        Assert.True(generation.TryClaim(Now + TimeSpan.FromMinutes(3), Lease));

        Assert.Equal(GenerationStatus.Running, generation.Status);
        Assert.Equal(Now, generation.StartedAt);
        Assert.Equal(2, generation.Attempts);
    }

    [Fact]
    public void Succeeding_records_the_outputs_in_order_and_ends_the_claim()
    {
        var generation = New();
        generation.TryClaim(Now, Lease);

        generation.Succeed([new StoredOutput("k/0.png", "image/png", 10), new StoredOutput("k/1.png", "image/png", 12)], Now + TimeSpan.FromSeconds(3));

        Assert.Equal(GenerationStatus.Succeeded, generation.Status);
        Assert.Equal([0, 1], generation.Outputs.Select(o => o.Index));
        Assert.Null(generation.ClaimedUntil);
        Assert.Equal(Now + TimeSpan.FromSeconds(3), generation.CompletedAt);
    }

    [Fact]
    public void Only_a_running_generation_can_succeed_and_never_with_nothing_to_show()
    {
        var queued = New();
        var running = New();
        running.TryClaim(Now, Lease);

        Assert.Equal("generation-not-running", Assert.Throws<DomainException>(() => queued.Succeed([new StoredOutput("k", "image/png", 1)], Now)).Code);
        Assert.Equal("no-output", Assert.Throws<DomainException>(() => running.Succeed([], Now)).Code);
    }

    [Fact]
    public void A_finished_generation_can_neither_be_canceled_nor_failed_nor_claimed()
    {
        var generation = New();
        generation.Cancel(Now);

        Assert.Equal("generation-finished", Assert.Throws<DomainException>(() => generation.Cancel(Now)).Code);
        Assert.Equal("generation-finished", Assert.Throws<DomainException>(() => generation.Fail("late", Now)).Code);
        Assert.False(generation.TryClaim(Now + TimeSpan.FromHours(1), Lease));
        Assert.Equal(GenerationStatus.Canceled, generation.Status);
    }

    [Fact]
    public void A_failure_keeps_a_bounded_message_for_the_person()
    {
        var generation = New();

        generation.Fail(new string('x', 2000), Now);

        Assert.Equal(Generation.MaxErrorLength, generation.Error!.Length);
    }

    [Fact]
    public void A_run_belongs_to_one_prediction()
    {
        var generation = New();
        generation.TryClaim(Now, Lease);
        generation.AttachPrediction("p1");

        generation.AttachPrediction("p1");
        Assert.Equal("prediction-already-attached", Assert.Throws<DomainException>(() => generation.AttachPrediction("p2")).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_prompt_is_refused(string prompt)
    {
        Assert.Equal("prompt-invalid", Assert.Throws<DomainException>(() => New(prompt)).Code);
    }

    private static Generation New(string prompt = "a lighthouse") => Generation.Submit(
        new GenerationRequest(
            Guid.CreateVersion7(), Guid.CreateVersion7(), "local-sketch", "1.0.0", "local", MediaKind.Image, prompt, 512, 512, null, 7, null, 2, null, null),
        Now);
}
