using Creo.Application.Accounts.Contracts;
using Mapster;

namespace Creo.Application.Accounts;

/// <summary>The accounts module's plain projections; <see cref="StaffAccountMapper"/> and <see cref="ProfileMapper"/> stay hand-written.</summary>
internal sealed class AccountsMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<User, AccountRecipientDto>().Map(d => d.UserId, s => s.Id);
        config.NewConfig<User, AccountContactDto>();
        config.NewConfig<SecurityEvent, SecurityEventDto>().Map(d => d.Kind, s => KebabNames.Of(s.Kind));
    }
}
