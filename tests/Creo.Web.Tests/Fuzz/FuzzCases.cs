using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Creo.Web.Tests.Fuzz;

/// <summary>One hostile request for an operation: a path with its query, and a body to send (or none).</summary>
public sealed record FuzzCase(string Description, string PathAndQuery, Func<HttpContent?> Content);

/// <summary>
/// Generates hostile requests for an operation, property-based: each case takes a plausible request and breaks one
/// thing (a wrong type, a huge number, an empty or 100 kB string, an unknown enum value, invalid UTF-8, a duplicated
/// JSON key, a missing or wrong content type, a malformed multipart envelope), drawn from a seeded random source so a
/// failure can be replayed from the seed it prints.
/// </summary>
public sealed class FuzzCases(ApiOperation operation, JsonObject? schemas, Random random)
{
    /// <summary>Kestrel refuses a request line over 8 kB itself, before the app; URLs stay under that.</summary>
    private const int LongUrlValue = 3_000;

    private const int LongBodyString = 100_000;

    private static readonly string[] HostileScalars =
    [
        "", " ", "0", "-1", "1.5", "1e308", "-9223372036854775809", "99999999999999999999999999", "true", "null",
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "%00", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE", "😀é", "<script>",
        "' OR 1=1 --", "NaN", "Infinity",
    ];

    public IEnumerable<FuzzCase> Generate(int count)
    {
        var cases = new List<FuzzCase>();
        cases.AddRange(PathCases());
        cases.AddRange(QueryCases());
        if (operation.BodyContentTypes.Count > 0 || !operation.IsSafe)
        {
            cases.AddRange(BodyCases());
        }

        // Every case runs up to the budget (each field's hostile values are what reach the validators); past it, a random sample.
        return cases.Count <= count ? cases : [.. cases.OrderBy(_ => random.Next()).Take(count)];
    }

    private string PlausiblePath(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var path = operation.PathTemplate;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            var value = overrides?.GetValueOrDefault(parameter.Name) ?? Uri.EscapeDataString(Plausible(parameter.Type, parameter.Format));
            path = path.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
        }

        return path;
    }

    private IEnumerable<FuzzCase> PathCases()
    {
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            // Kestrel itself refuses a NUL in the path with a bare 400 before any of the app runs: not the app's answer to judge.
            foreach (var value in HostileScalars.Where(v => v.Length > 0 && v != "%00").Append(new string('a', LongUrlValue)).Append(Guid.NewGuid().ToString()))
            {
                var escaped = value.Contains('%', StringComparison.Ordinal) ? value : Uri.EscapeDataString(value);
                yield return new FuzzCase($"path {parameter.Name}={Shorten(value)}", PlausiblePath(new Dictionary<string, string> { [parameter.Name] = escaped }), () => PlausibleBody());
            }
        }
    }

    private IEnumerable<FuzzCase> QueryCases()
    {
        var query = operation.Parameters.Where(p => p.In == "query").ToList();
        foreach (var parameter in query)
        {
            foreach (var value in HostileScalars.Append(new string('q', LongUrlValue)))
            {
                var escaped = value.Contains('%', StringComparison.Ordinal) ? value : Uri.EscapeDataString(value);
                yield return new FuzzCase($"query {parameter.Name}={Shorten(value)}", $"{PlausiblePath()}?{parameter.Name}={escaped}", () => PlausibleBody());
            }

            yield return new FuzzCase($"query {parameter.Name} twice", $"{PlausiblePath()}?{parameter.Name}=1&{parameter.Name}=2", () => PlausibleBody());
        }

        yield return new FuzzCase("unknown query parameters", $"{PlausiblePath()}?zzz=1&limit=-5&cursor=%FF", () => PlausibleBody());
    }

    private IEnumerable<FuzzCase> BodyCases()
    {
        var path = PlausiblePath();
        yield return new FuzzCase("no body", path, () => null);
        yield return new FuzzCase("no content type", path, () => new ByteArrayContent("{}"u8.ToArray()));
        yield return new FuzzCase("text/plain body", path, () => new StringContent("hello", Encoding.UTF8, "text/plain"));
        yield return new FuzzCase("form body", path, () => new FormUrlEncodedContent([new("a", "b")]));
        yield return new FuzzCase("invalid JSON", path, () => Json("{\"a\":"));
        yield return new FuzzCase("invalid UTF-8", path, () => Raw([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D], "application/json"));
        yield return new FuzzCase("JSON null", path, () => Json("null"));
        yield return new FuzzCase("JSON array", path, () => Json("[1,2,3]"));
        yield return new FuzzCase("JSON string", path, () => Json("\"x\""));
        yield return new FuzzCase("JSON number", path, () => Json("12345678901234567890"));
        yield return new FuzzCase("deeply nested", path, () => Json(new string('[', 5_000) + new string(']', 5_000)));
        yield return new FuzzCase("100 kB string body", path, () => Json("\"" + new string('x', LongBodyString) + "\""));
        yield return new FuzzCase("multipart, garbage", path, () => Raw("garbage"u8.ToArray(), "multipart/form-data; boundary=b"));
        yield return new FuzzCase("multipart, empty envelope", path, () => Raw("--b\r\n--b--\r\n"u8.ToArray(), "multipart/form-data; boundary=b"));
        yield return new FuzzCase("multipart, no boundary", path, () => Raw("--b\r\n\r\n"u8.ToArray(), "multipart/form-data"));
        yield return new FuzzCase("multipart, file of garbage", path, () =>
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(new string('z', 1000)));
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "file", "x.png");
            return form;
        });

        if (operation.BodySchema?["properties"] is not JsonObject properties)
        {
            yield break;
        }

        var names = properties.Select(p => p.Key).ToList();
        if (names.Count > 0)
        {
            var first = names[0];
            yield return new FuzzCase($"duplicated key {first}", path, () => Json(DuplicatedKey(first)));
        }

        foreach (var name in names)
        {
            var schema = ApiOperation.Resolve(properties[name]!.AsObject(), schemas);
            foreach (var (description, value) in HostileValues(schema))
            {
                yield return new FuzzCase($"body {name} = {description}", path, () =>
                {
                    var body = PlausibleObject(operation.BodySchema);
                    body[name] = value?.DeepClone();
                    return Json(body.ToJsonString());
                });
            }
        }
    }

    private IEnumerable<(string Description, JsonNode? Value)> HostileValues(JsonObject schema)
    {
        yield return ("null", null);
        yield return ("empty string", JsonValue.Create(""));
        yield return ("100 kB string", JsonValue.Create(new string('s', LongBodyString)));
        yield return ("huge number", JsonNode.Parse("1e308"));
        yield return ("past int64", JsonNode.Parse("9223372036854775808"));
        yield return ("negative", JsonValue.Create(-1));
        yield return ("bool", JsonValue.Create(true));
        yield return ("object", new JsonObject { ["x"] = 1 });
        yield return ("array of nulls", new JsonArray(null, null));
        yield return ("unknown enum value", JsonValue.Create("definitely-not-a-value"));
        yield return ("control characters", JsonValue.Create("\u0000\u0001\u202e"));
        if (SchemaType.Of(schema) == "array")
        {
            yield return ("array of 10,000", new JsonArray([.. Enumerable.Range(0, 10_000).Select(i => (JsonNode?)JsonValue.Create(i.ToString(CultureInfo.InvariantCulture)))]));
        }

        yield return ("random", RandomValue(3));
    }

    private JsonNode? RandomValue(int depth) => random.Next(depth > 0 ? 8 : 5) switch
    {
        0 => null,
        1 => JsonValue.Create(random.NextInt64(long.MinValue, long.MaxValue)),
        2 => JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-20, 300))),
        3 => JsonValue.Create(RandomString(random.Next(0, 200))),
        4 => JsonValue.Create(random.Next(2) == 0),
        5 or 6 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(depth - 1))]),
        _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(i => KeyValuePair.Create($"k{i}", RandomValue(depth - 1)))),
    };

    private string RandomString(int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(1, 0xD7FF))]);

    private string DuplicatedKey(string name)
    {
        var body = PlausibleObject(operation.BodySchema!).ToJsonString();
        return body.Length > 2 ? $"{{\"{name}\":1,{body[1..]}" : $"{{\"{name}\":1,\"{name}\":2}}";
    }

    private HttpContent? PlausibleBody() =>
        operation.BodySchema is { } schema && SchemaType.Of(schema) == "object" ? Json(PlausibleObject(schema).ToJsonString()) : null;

    private JsonObject PlausibleObject(JsonObject schema)
    {
        var body = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            var resolved = ApiOperation.Resolve(property!.AsObject(), schemas);
            body[name] = SchemaType.Of(resolved) switch
            {
                "integer" or "number" => JsonValue.Create(1),
                "boolean" => JsonValue.Create(true),
                "array" => new JsonArray(),
                "object" => new JsonObject(),
                _ when resolved["enum"] is JsonArray values && values.Count > 0 => values[0]!.DeepClone(),
                _ => JsonValue.Create(Plausible("string", resolved["format"]?.GetValue<string>())),
            };
        }

        return body;
    }

    /// <summary>A value of the declared type that binds, so a case that breaks one field reaches the validators behind it.</summary>
    private static string Plausible(string type, string? format) => (type, format) switch
    {
        (_, "uuid") => Guid.NewGuid().ToString(),
        (_, "date-time") => DateTimeOffset.UtcNow.AddDays(-1).ToString("O", CultureInfo.InvariantCulture),
        (_, "date") => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (_, "email") => "someone@example.com",
        (_, "uri") => "https://example.com/",
        ("integer" or "number", _) => "1",
        ("boolean", _) => "true",
        _ => "x",
    };

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static ByteArrayContent Raw(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static string Shorten(string value) => value.Length > 40 ? $"{value[..10]}…({value.Length} chars)" : value;
}
