namespace Creo.Domain.Generations;

public enum MediaKind
{
    Image,
    Video,
}
