using Creo.Architecture.Tests.Rules;
using Creo.Testing;

namespace Creo.Architecture.Tests;

/// <summary>No mail bypasses the template renderer, so none goes out without its HTML part or with a person's words unencoded.</summary>
public sealed class MailTemplateTests
{
    [Fact]
    public void Every_mail_is_made_by_the_template_renderer()
    {
        var offenders = MailTemplateRule.Offenders(RepositoryPaths.Combine("src"));

        Assert.True(offenders.Count == 0, $"These make an OutgoingMail without MailTemplate.Compose:{Environment.NewLine}{string.Join(Environment.NewLine, offenders)}");
    }

    [Fact]
    public void A_planted_hand_made_mail_is_reported_and_a_rendered_one_is_not()
    {
        var root = Directory.CreateTempSubdirectory("creo-mail-rule-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "Handmade.cs"), "class A { OutgoingMail M() => new OutgoingMail(\"a\", \"b\", \"c\"); }");
            File.WriteAllText(Path.Combine(root, "TargetTyped.cs"), "class B { static OutgoingMail M(string to) => new(to, \"b\", \"c\"); }");
            File.WriteAllText(Path.Combine(root, "Rendered.cs"), "class C(IMailSender mail) { OutgoingMail M() => MailTemplate.Compose(\"a\", \"b\", \"c\", null!, null); }");

            Assert.Equal(["Handmade.cs", "TargetTyped.cs"], MailTemplateRule.Offenders(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
