using Creo.Application.Common.Errors;
using Creo.Application.Generations.RunGeneration;
using Creo.Application.Generations.SubmitGeneration;
using Creo.Domain.Common;
using Creo.Infrastructure.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Generations;

public abstract class SubmitGenerationTests(DatabaseProvider provider) : StudioTestBase(provider)
{
    [Fact]
    public async Task Submitting_holds_the_cost_stores_the_generation_and_schedules_its_run_by_id()
    {
        var user = await FundedUserAsync();

        var submitted = await SubmitAsync(user);

        Assert.Equal(("queued", 3L), (submitted.Status, submitted.CreditCost));
        Assert.Equal(47, await BalanceAsync(user));
        Assert.Equal(submitted.Id, Assert.Single(Jobs.EnqueuedOf<RunGenerationJob>()).GenerationId);
    }

    [Fact]
    public async Task Submitting_without_enough_credits_returns_402_and_writes_nothing()
    {
        var user = await FundedUserAsync();

        // 1024 × 1024 costs 2 + 2 = 4; 13 of them cost 52 of the 50 credits.
        for (var i = 0; i < 12; i++)
        {
            await App.SendAsync(new SubmitGenerationCommand(user, ScriptedModelId, "p", 1024, 1024, null, null, null, null), Cancel);
        }

        await Assert.ThrowsAsync<PaymentRequiredException>(() =>
            App.SendAsync(new SubmitGenerationCommand(user, ScriptedModelId, "p", 1024, 1024, null, null, null, null), Cancel));

        Assert.Equal(2, await BalanceAsync(user));
        await using var db = App.Database.CreateContext();
        Assert.Equal(12, await db.Generations.CountAsync(g => g.UserId == user, Cancel));
        Assert.Equal(12, Jobs.EnqueuedOf<RunGenerationJob>().Count);
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_makes_one_generation_and_holds_once()
    {
        var user = await FundedUserAsync();

        var first = await SubmitAsync(user, idempotencyKey: "retry-1");
        var second = await SubmitAsync(user, idempotencyKey: "retry-1");

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(47, await BalanceAsync(user));
        Assert.Single(Jobs.EnqueuedOf<RunGenerationJob>());
    }

    [Fact]
    public async Task Another_account_using_the_same_idempotency_key_gets_its_own_generation()
    {
        var ada = await FundedUserAsync();
        var grace = await FundedUserAsync();

        var first = await SubmitAsync(ada, idempotencyKey: "shared");
        var second = await SubmitAsync(grace, idempotencyKey: "shared");

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task A_reused_idempotency_key_with_a_different_request_is_refused()
    {
        var user = await FundedUserAsync();
        await SubmitAsync(user, idempotencyKey: "retry-1");

        var refusal = await Assert.ThrowsAsync<DomainException>(() => SubmitAsync(user, prompt: "something else", idempotencyKey: "retry-1"));

        Assert.Equal("idempotency-key-reused", refusal.Code);
        Assert.Equal(47, await BalanceAsync(user));
    }

    [Theory]
    [InlineData(100, 512, "Parameters.Width")]
    [InlineData(512, 2048, "Parameters.Height")]
    [InlineData(500, 512, "Parameters.Width")]
    public async Task Sizes_outside_the_models_limits_are_refused_field_by_field(int width, int height, string field)
    {
        var user = await FundedUserAsync();

        var refusal = await Assert.ThrowsAsync<ValidationException>(() =>
            App.SendAsync(new SubmitGenerationCommand(user, ScriptedModelId, "p", width, height, null, null, null, null), Cancel));

        Assert.Contains(refusal.Errors, e => e.PropertyName == field);
        Assert.Equal(50, await BalanceAsync(user));
    }

    [Fact]
    public async Task An_unknown_model_an_empty_prompt_and_a_duration_for_an_image_are_refused()
    {
        var user = await FundedUserAsync();

        var unknown = await Assert.ThrowsAsync<ValidationException>(() =>
            App.SendAsync(new SubmitGenerationCommand(user, "no-such-model", "p", null, null, null, null, null, null), Cancel));
        var empty = await Assert.ThrowsAsync<ValidationException>(() =>
            App.SendAsync(new SubmitGenerationCommand(user, ScriptedModelId, "", null, null, null, null, null, null), Cancel));
        var duration = await Assert.ThrowsAsync<ValidationException>(() =>
            App.SendAsync(new SubmitGenerationCommand(user, ScriptedModelId, "p", null, null, 4, null, null, null), Cancel));

        Assert.Contains(unknown.Errors, e => e.PropertyName == "ModelId");
        Assert.Contains(empty.Errors, e => e.PropertyName == "Prompt");
        Assert.Contains(duration.Errors, e => e.PropertyName == "Parameters.DurationSeconds");
    }

    [Fact]
    public async Task Another_accounts_upload_cannot_be_named_as_a_source_image()
    {
        var user = await FundedUserAsync();

        var refusal = await Assert.ThrowsAsync<ValidationException>(() =>
            App.SendAsync(new SubmitGenerationCommand(user, ScriptedModelId, "p", null, null, null, null, Guid.CreateVersion7(), null), Cancel));

        Assert.Contains(refusal.Errors, e => e.PropertyName == "SourceImageId");
    }

    [Fact]
    public async Task A_missing_seed_is_drawn_and_kept_so_the_result_can_be_made_again()
    {
        var user = await FundedUserAsync();

        var submitted = await App.SendAsync(new SubmitGenerationCommand(user, ScriptedModelId, "p", null, null, null, null, null, null), Cancel);

        await using var db = App.Database.CreateContext();
        var seed = await db.Generations.Where(g => g.Id == submitted.Id).Select(g => g.Seed).SingleAsync(Cancel);
        Assert.InRange(seed, 0, uint.MaxValue);
    }
}

public sealed class SqliteSubmitGenerationTests() : SubmitGenerationTests(DatabaseProvider.Sqlite);

public sealed class PostgresSubmitGenerationTests() : SubmitGenerationTests(DatabaseProvider.Postgres);
