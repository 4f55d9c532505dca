// Namespaces nearly every file of this project uses and that never move: the framework's, the mediator's and the
// shared Common/Domain ones. Module namespaces (Contracts, use-case folders) stay explicit in each file, so a file
// still says which other modules it calls.
global using System.Globalization;
global using System.Net;
global using System.Text.Json;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Logging;
global using Creo.Application.Common.Ports;
global using Creo.Domain.Common;
