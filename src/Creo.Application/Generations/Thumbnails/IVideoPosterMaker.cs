namespace Creo.Application.Generations.Thumbnails;

/// <summary>
/// Makes a video's gallery picture: a real frame of it, cropped and scaled like an image's thumbnail, or, when no
/// frame can be had (no decoder installed, a file the decoder refuses), a plain generated poster marked provisional.
/// </summary>
public interface IVideoPosterMaker
{
    Task<Thumbnail> MakeAsync(Stream video, int size, CancellationToken cancellationToken);
}
