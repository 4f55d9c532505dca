using System.Net;
using Creo.Infrastructure.Generations.Fal;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>
/// What a fal error tells the host's breaker: a fal that fails, throttles, times out or answers garbage counts against
/// it; a clean refusal of one request (an input the model does not take) does not, or one person's odd input could take
/// fal's models off the picker for everyone.
/// </summary>
public sealed class FalExceptionTests
{
    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.UnprocessableEntity, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    public void A_status_from_fal_counts_against_it_only_when_fal_is_failing(HttpStatusCode status, bool hostFailure)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(hostFailure, FalException.Answered(response).IsHostFailure);
    }

    [Fact]
    public void An_answer_that_cannot_be_read_counts_against_fal() =>
        Assert.True(new FalException("fal answered a result that is not valid JSON.").IsHostFailure);
}
