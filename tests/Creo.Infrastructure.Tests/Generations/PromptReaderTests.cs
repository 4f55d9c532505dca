using Creo.Infrastructure.Generations.Local;

namespace Creo.Infrastructure.Tests.Generations;

public sealed class PromptReaderTests
{
    [Fact]
    public void Green_tea_terraces_asks_for_green_hills_with_bushes()
    {
        var direction = PromptReader.Read("green tea terraces");

        Assert.Equal([120f], direction.Hues);
        Assert.Equal(ArtSubject.Mountains | ArtSubject.Forest, direction.Subject);
        Assert.Equal((ArtTone.Any, ArtLight.Any, ArtStyle.Any), (direction.Tone, direction.Light, direction.Style));
    }

    [Fact]
    public void A_golden_desert_at_dawn_is_gold_dunes_in_morning_light()
    {
        var direction = PromptReader.Read("A golden desert at dawn");

        Assert.Equal(45f, direction.Hues[0]);
        Assert.Equal(ArtSubject.Desert, direction.Subject);
        Assert.Equal(ArtLight.Dawn, direction.Light);
    }

    [Fact]
    public void Named_colours_lead_and_a_named_palette_fills_in_after_them()
    {
        var direction = PromptReader.Read("Red and blue, sunset");

        Assert.Equal([2f, 215f, 22f, 345f], direction.Hues);
        Assert.Equal(ArtLight.Dusk, direction.Light);
    }

    [Fact]
    public void A_subject_lends_its_colours_only_when_none_are_named()
    {
        Assert.Equal(38f, PromptReader.Read("dunes").Hues[0]);
        Assert.Equal(2f, PromptReader.Read("red dunes").Hues[0]);
        Assert.Empty(PromptReader.Read("a monochrome desert").Hues);
    }

    [Theory]
    [InlineData("neon city at night", "Neon", "Night", "City", "Any")]
    [InlineData("A monochrome portrait in ink", "Monochrome", "Any", "Portrait", "Ink")]
    [InlineData("black and white photo of a woman", "Monochrome", "Any", "Portrait", "Any")]
    [InlineData("Watercolor sunset over the sea", "Any", "Dusk", "Sea", "Watercolour")]
    [InlineData("watercolour lake in the morning", "Any", "Dawn", "Sea", "Watercolour")]
    [InlineData("pastel clouds", "Pastel", "Day", "Sky", "Any")]
    [InlineData("geometric mountains by the ocean, dark", "Any", "Night", "Mountains, Sea", "Geometric")]
    [InlineData("a mosaic of cities and forests", "Any", "Any", "City, Forest", "Mosaic")]
    public void Reads_tone_light_subject_and_style(string prompt, string tone, string light, string subject, string style)
    {
        var direction = PromptReader.Read(prompt);

        // Names, not the enums: the test methods are public and the enums internal.
        Assert.Equal((Enum.Parse<ArtTone>(tone), Enum.Parse<ArtLight>(light), Enum.Parse<ArtSubject>(subject), Enum.Parse<ArtStyle>(style)), (direction.Tone, direction.Light, direction.Subject, direction.Style));
    }

    [Fact]
    public void A_prompt_without_any_known_word_leaves_everything_to_the_seed()
    {
        var direction = PromptReader.Read("a lighthearted theory of everything, 4k");

        Assert.Empty(direction.Hues);
        Assert.Equal((ArtTone.Any, ArtLight.Any, ArtSubject.None, ArtStyle.Any), (direction.Tone, direction.Light, direction.Subject, direction.Style));
    }

    [Fact]
    public void Words_are_runs_of_letters_in_lower_case()
    {
        Assert.Equal(["tea", "terraces", "über", "blue"], PromptReader.Words("Tea-terraces, ÜBER  blue!"));
    }
}
