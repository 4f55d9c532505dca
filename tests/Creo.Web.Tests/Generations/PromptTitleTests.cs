using Creo.Web.Generations;

namespace Creo.Web.Tests.Generations;

public sealed class PromptTitleTests
{
    [Theory]
    [InlineData("A lighthouse", "A lighthouse")]
    [InlineData("  A   lighthouse \n on a cliff ", "A lighthouse on a cliff")]
    [InlineData("one two three four five six", "one two three four five six")]
    [InlineData("one two three four five six seven", "one two three four five six…")]
    [InlineData("A lighthouse on a cliff at, dusk", "A lighthouse on a cliff at…")]
    [InlineData("", "Untitled")]
    [InlineData("   ", "Untitled")]
    public void A_title_is_the_prompts_first_six_words(string prompt, string title) =>
        Assert.Equal(title, PromptTitle.Of(prompt));

    [Fact]
    public void One_endless_word_is_cut_too() =>
        Assert.Equal(new string('x', PromptTitle.MaxLength) + "…", PromptTitle.Of(new string('x', 500)));

    [Fact]
    public void Markup_is_left_as_text_for_razor_to_encode() =>
        Assert.Equal("<b>bold</b> & <i>bright</i>", PromptTitle.Of("<b>bold</b> & <i>bright</i>"));
}
