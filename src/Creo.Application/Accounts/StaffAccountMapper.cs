
namespace Creo.Application.Accounts;

// Not Mapster: tier and balance come from other modules' answers, not from the user.
internal static class StaffAccountMapper
{
    public static StaffAccountDto ToDto(User user, string? tier, long? balance) => new(
        user.Id, user.Email, user.Name, KebabNames.Of(user.AuthMethod), KebabNames.Of(user.Status), RoleNames.Of(user.Roles), user.CreatedAt, tier, balance,
        user.MinorRemovalFiledAt);
}
