using System.Text;
using Creo.Infrastructure.Generations.Replicate;
using Creo.Testing;

namespace Creo.Infrastructure.Tests.Generations;

public sealed class ReplicateWebhookSignatureTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string OtherSecret = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
    private const string Id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"ufawqhfynnddngldkgtslldrkq","status":"succeeded","output":["https://replicate.delivery/a/out-0.png"]}""");

    private static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string SignatureAt(DateTimeOffset at, byte[]? body = null, string secret = Secret) =>
        StandardWebhookSigner.Sign(secret, Id, at.ToUnixTimeSeconds(), body ?? Body);

    [Fact]
    public void The_production_class_verifies_and_cannot_sign()
    {
        // Signing is the sender's job; a public signer in the app would be a forging seam and would let tests check the
        // verifier against itself.
        var methods = typeof(ReplicateWebhookSignature).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(m => m.Name).Distinct().Order();

        Assert.Equal(["IsValid", "PredictionIdOf"], methods);
    }

    [Fact]
    public void The_standard_webhooks_example_verifies()
    {
        // The published Standard Webhooks example, so our reading of the scheme matches everyone else's.
        var body = Encoding.UTF8.GetBytes("""{"test": 2432232314}""");
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(1614265330);

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", StandardWebhookSigner.Sign(Secret, Id, 1614265330, body));
        Assert.True(ReplicateWebhookSignature.IsValid(Secret, Id, "1614265330", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", body, sentAt));
    }

    [Fact]
    public void A_delivery_signed_with_our_secret_is_valid()
    {
        Assert.True(ReplicateWebhookSignature.IsValid(Secret, Id, Timestamp(Now), SignatureAt(Now), Body, Now));
    }

    [Fact]
    public void A_body_changed_after_signing_is_refused()
    {
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("succeeded", "failed", StringComparison.Ordinal));

        Assert.False(ReplicateWebhookSignature.IsValid(Secret, Id, Timestamp(Now), SignatureAt(Now), tampered, Now));
    }

    [Fact]
    public void A_delivery_signed_with_another_secret_is_refused()
    {
        Assert.False(ReplicateWebhookSignature.IsValid(Secret, Id, Timestamp(Now), SignatureAt(Now, secret: OtherSecret), Body, Now));
    }

    [Fact]
    public void A_different_webhook_id_or_timestamp_breaks_the_signature()
    {
        Assert.False(ReplicateWebhookSignature.IsValid(Secret, "msg_other", Timestamp(Now), SignatureAt(Now), Body, Now));
        Assert.False(ReplicateWebhookSignature.IsValid(Secret, Id, Timestamp(Now.AddSeconds(1)), SignatureAt(Now), Body, Now));
    }

    [Fact]
    public void A_delivery_signed_six_minutes_ago_is_refused_as_a_possible_replay()
    {
        var sentAt = Now.AddMinutes(-6);

        Assert.False(ReplicateWebhookSignature.IsValid(Secret, Id, Timestamp(sentAt), SignatureAt(sentAt), Body, Now));
    }

    [Fact]
    public void A_delivery_dated_six_minutes_ahead_is_refused()
    {
        var sentAt = Now.AddMinutes(6);

        Assert.False(ReplicateWebhookSignature.IsValid(Secret, Id, Timestamp(sentAt), SignatureAt(sentAt), Body, Now));
    }

    [Theory]
    [InlineData(-4)]
    [InlineData(4)]
    public void A_delivery_within_five_minutes_either_way_is_valid(int minutes)
    {
        var sentAt = Now.AddMinutes(minutes);

        Assert.True(ReplicateWebhookSignature.IsValid(Secret, Id, Timestamp(sentAt), SignatureAt(sentAt), Body, Now));
    }

    [Fact]
    public void One_valid_signature_among_several_is_enough()
    {
        // Secret rotation: the sender signs with the old and the new key, and may add schemes we do not know.
        var header = $"{SignatureAt(Now, secret: OtherSecret)} v2,c29tZXRoaW5nIGVsc2U= v1,bm90IGEgc2lnbmF0dXJl {SignatureAt(Now)}";

        Assert.True(ReplicateWebhookSignature.IsValid(Secret, Id, Timestamp(Now), header, Body, Now));
    }

    [Fact]
    public void A_valid_signature_under_another_scheme_name_is_refused()
    {
        var header = "v2," + SignatureAt(Now)["v1,".Length..];

        Assert.False(ReplicateWebhookSignature.IsValid(Secret, Id, Timestamp(Now), header, Body, Now));
    }

    [Theory]
    [InlineData(null, "ts", "sig")]
    [InlineData(Id, null, "sig")]
    [InlineData(Id, "ts", null)]
    [InlineData("", "ts", "sig")]
    [InlineData(Id, "ts", "")]
    public void A_delivery_missing_a_header_is_refused(string? id, string? timestamp, string? signature)
    {
        Assert.False(ReplicateWebhookSignature.IsValid(
            Secret,
            id,
            timestamp == "ts" ? Timestamp(Now) : timestamp,
            signature == "sig" ? SignatureAt(Now) : signature,
            Body,
            Now));
    }

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999999")]
    public void A_timestamp_that_is_not_unix_seconds_is_refused(string timestamp)
    {
        Assert.False(ReplicateWebhookSignature.IsValid(Secret, Id, timestamp, SignatureAt(Now), Body, Now));
    }

    [Fact]
    public void A_secret_that_is_not_whsec_base64_is_a_configuration_error_that_does_not_repeat_the_secret()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            ReplicateWebhookSignature.IsValid("whsec_not*base64!", Id, Timestamp(Now), SignatureAt(Now), Body, Now));

        Assert.DoesNotContain("not*base64!", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prediction_id_is_read_from_the_body()
    {
        Assert.Equal("ufawqhfynnddngldkgtslldrkq", ReplicateWebhookSignature.PredictionIdOf(Body));
        Assert.Equal("p1", ReplicateWebhookSignature.PredictionIdOf("""{"input":{"id":"nested"},"urls":["x"],"id":"p1"}"""u8));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"status":"succeeded"}""")]
    [InlineData("""{"id":42}""")]
    [InlineData("""{"id":""}""")]
    [InlineData("""{"status":"succeeded",""")]
    public void A_body_without_a_readable_prediction_id_gives_none(string body)
    {
        Assert.Null(ReplicateWebhookSignature.PredictionIdOf(Encoding.UTF8.GetBytes(body)));
    }
}
