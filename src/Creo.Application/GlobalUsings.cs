// Namespaces nearly every file of this project uses and that never move: the framework's, the mediator's and the
// shared Common/Domain ones. Module namespaces (Contracts, use-case folders) stay explicit in each file, so a file
// still says which other modules it calls.
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
global using Creo.Domain.Common;
