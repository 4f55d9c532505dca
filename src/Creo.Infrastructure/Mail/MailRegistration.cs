namespace Creo.Infrastructure.Mail;

internal static class MailRegistration
{
    public static IServiceCollection AddCreoMail(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var options = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            services.AddSingleton<IMailSender>(new SmtpMailSender(options));
        }
        else
        {
            var directory = string.IsNullOrWhiteSpace(options.PickupDirectory) ? Path.Combine(dataDirectory, "mail") : Path.GetFullPath(options.PickupDirectory);
            services.AddSingleton<IMailSender>(provider => new PickupDirectoryMailSender(directory, options.From, provider.GetRequiredService<TimeProvider>()));
        }

        return services;
    }
}
