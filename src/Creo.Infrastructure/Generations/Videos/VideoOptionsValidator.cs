using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Generations.Videos;

[OptionsValidator]
internal sealed partial class VideoOptionsValidator : IValidateOptions<VideoOptions>;
