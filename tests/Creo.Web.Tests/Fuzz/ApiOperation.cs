using System.Text.Json.Nodes;

namespace Creo.Web.Tests.Fuzz;

/// <summary>One operation of the app's OpenAPI document: what the fuzzer needs to aim at it and to judge its answers.</summary>
public sealed record ApiOperation(
    string Method,
    string PathTemplate,
    IReadOnlyList<ApiParameter> Parameters,
    IReadOnlyList<string> BodyContentTypes,
    JsonObject? BodySchema,
    IReadOnlySet<int> DeclaredStatuses)
{
    public string Name => $"{Method} {PathTemplate}";

    public bool IsSafe => Method is "GET" or "HEAD";

    /// <summary>Reads every operation of an OpenAPI 3.x document (the app's <c>/openapi/v1.json</c>), with body schemas resolved.</summary>
    public static IReadOnlyList<ApiOperation> ReadAll(JsonObject document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description" or "servers")
                {
                    continue;
                }

                var operation = node!.AsObject();
                var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => ApiParameter.Read(p!.AsObject(), schemas)).ToList();
                var content = operation["requestBody"]?["content"]?.AsObject();
                var bodyTypes = content?.Select(c => c.Key).ToList() ?? [];
                var bodySchema = content?.Select(c => c.Value?["schema"]).FirstOrDefault(s => s is not null) is JsonObject schema
                    ? Resolve(schema, schemas)
                    : null;
                var statuses = (operation["responses"]?.AsObject() ?? []).Select(r => int.TryParse(r.Key, out var status) ? status : 0).Where(s => s > 0).ToHashSet();
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, bodyTypes, bodySchema, statuses));
            }
        }

        return operations;
    }

    /// <summary>Follows <c>$ref</c>s (one level at a time, as the generators walk) into the document's components.</summary>
    public static JsonObject Resolve(JsonObject schema, JsonObject? schemas)
    {
        for (var depth = 0; depth < 10 && schema["$ref"]?.GetValue<string>() is { } reference; depth++)
        {
            schema = schemas?[reference.Split('/')[^1]]?.AsObject() ?? [];
        }

        return schema;
    }
}

/// <summary>A path or query parameter and the JSON-schema type it declares.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, string Type, string? Format)
{
    public static ApiParameter Read(JsonObject parameter, JsonObject? schemas)
    {
        var schema = ApiOperation.Resolve(parameter["schema"]?.AsObject() ?? [], schemas);
        return new ApiParameter(
            parameter["name"]!.GetValue<string>(),
            parameter["in"]!.GetValue<string>(),
            parameter["required"]?.GetValue<bool>() ?? false,
            SchemaType.Of(schema),
            schema["format"]?.GetValue<string>());
    }
}

/// <summary>The main type of a schema: OpenAPI 3.1 writes <c>["null", "string"]</c> where 3.0 wrote <c>"string"</c> and <c>nullable</c>.</summary>
public static class SchemaType
{
    public static string Of(JsonObject schema) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
        _ => schema["properties"] is not null ? "object" : "string",
    };
}
