using Creo.Domain.Generations;

namespace Creo.Domain.Tests.Generations;

public sealed class ModelPricingTests
{
    [Theory]
    [InlineData(512, 512, null, 3)]       // 0.26 MP starts one megapixel: 2 + 1
    [InlineData(1000, 1000, null, 3)]     // exactly one megapixel
    [InlineData(1024, 1024, null, 4)]     // 1.05 MP starts a second
    [InlineData(832, 480, 5, 23)]         // video: 2 + 1 + 5 s × 4
    public void The_cost_is_base_plus_started_megapixels_plus_seconds(int width, int height, int? seconds, long expected)
    {
        Assert.Equal(expected, new ModelPricing(2, 1, 4).CostOf(width, height, seconds));
    }

    [Fact]
    public void Nothing_is_free()
    {
        Assert.Equal(1, new ModelPricing(0, 0, 0).CostOf(64, 64, null));
    }
}
