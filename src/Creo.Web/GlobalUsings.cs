// Namespaces nearly every file of this project uses and that never move: the framework's, the mediator's and the
// shared Common/Domain ones. Module namespaces (Contracts, use-case folders) stay explicit in each file, so a file
// still says which other modules it calls.
global using System.Globalization;
global using System.Security.Claims;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.AspNetCore.RateLimiting;
global using Microsoft.Extensions.Options;
global using FluentValidation;
global using Mediator;
global using Creo.Application.Common.Errors;
global using Creo.Domain.Common;
global using Creo.Web.Common;
