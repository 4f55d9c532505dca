// Namespaces nearly every file of this project uses and that never move: the framework's, the mediator's, the
// shared Common ones and the domain's (every handler works on its own module's entities; ModuleIsolationTests, not
// the using lines, keep a module off another's domain). Application namespaces of other modules (Contracts,
// use-case folders) stay explicit in each file, so a file still says which other modules it calls.
global using System.Text;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
global using FluentValidation;
global using Mediator;
global using Creo.Application.Common.Errors;
global using Creo.Application.Common.Jobs;
global using Creo.Application.Common.PersonalData;
global using Creo.Application.Common.Ports;
global using Creo.Application.Common.Retention;
global using Creo.Application.Common.Text;
global using Creo.Domain.Accounts;
global using Creo.Domain.Billing;
global using Creo.Domain.Common;
global using Creo.Domain.Credits;
global using Creo.Domain.Generations;
global using Creo.Domain.Privacy;
