using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.GetAcceptedPolicyVersion;

internal sealed class GetAcceptedPolicyVersionQueryHandler(IAccountsData data) : IQueryHandler<GetAcceptedPolicyVersionQuery, int>
{
    public async ValueTask<int> Handle(GetAcceptedPolicyVersionQuery query, CancellationToken cancellationToken) =>
        await data.PolicyAcceptances.Where(a => a.UserId == query.UserId).MaxAsync(a => (int?)a.PolicyVersion, cancellationToken) ?? 0;
}
