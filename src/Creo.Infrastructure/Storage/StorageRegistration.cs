using Creo.Infrastructure.Settings;
using Amazon.Runtime;
using Amazon.S3;

namespace Creo.Infrastructure.Storage;

internal static class StorageRegistration
{
    public static IServiceCollection AddCreoStorage(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (options.Provider == StorageProvider.S3)
        {
            var s3 = options.S3;
            if (string.IsNullOrWhiteSpace(s3.ServiceUrl) || string.IsNullOrWhiteSpace(s3.AccessKeyId) || string.IsNullOrWhiteSpace(s3.SecretAccessKey))
            {
                throw SettingsRefusal.Of<StorageOptions>(
                    "Storage__S3__ServiceUrl, Storage__S3__AccessKeyId and Storage__S3__SecretAccessKey must all be set when Storage__Provider=S3; got at least one empty.");
            }

            services.AddSingleton<IAmazonS3>(_ => new AmazonS3Client(
                new BasicAWSCredentials(s3.AccessKeyId, s3.SecretAccessKey),
                new AmazonS3Config
                {
                    ServiceURL = s3.ServiceUrl,
                    AuthenticationRegion = s3.Region,
                    ForcePathStyle = true,

                    // R2 and most S3-compatible servers reject the SDK's default trailing checksums.
                    RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                    ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
                }));
            services.AddSingleton<IObjectStorage>(provider =>
                new S3ObjectStorage(provider.GetRequiredService<IAmazonS3>(), s3));
        }
        else
        {
            var root = string.IsNullOrWhiteSpace(options.RootPath) ? Path.Combine(dataDirectory, "media") : Path.GetFullPath(options.RootPath);
            Directory.CreateDirectory(root);
            services.AddSingleton<IObjectStorage>(_ => new FileSystemObjectStorage(root));
        }

        return services;
    }
}
