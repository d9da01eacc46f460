using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace SdrWorkspace.Bench.Circuits;

/// <summary>
/// One queue page's circuit, opened without a browser: the page is fetched over HTTP with the user's cookie, its
/// prerendered server components are read from the markup's markers, and the client then speaks the circuit hub's
/// protocol as blazor.web.js does (start the circuit, add the root components, acknowledge every render batch,
/// answer the server's JS calls, dispatch clicks). It keeps only what it needs from the batches: the click handlers
/// of the queue's rows.
/// </summary>
public sealed partial class CircuitClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Uri _page;
    private readonly ConcurrentDictionary<long, bool> _disposedHandlers = new();
    private readonly List<long> _rowClicks = [];
    private readonly TaskCompletionSource _rowsShown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<bool>? _awaitingSelection;
    private long _interopObjectId = -1;
    private long _callIds;
    private long _jsObjects;
    private string? _error;

    private CircuitClient(HubConnection connection, Uri page)
    {
        _connection = connection;
        _page = page;
        connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJSAsync);
        connection.On<string, bool, string>("JS.EndInvokeDotNet", (_, _, _) => { });
        connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        connection.On<string>("JS.Error", error =>
        {
            _error = error;
            _rowsShown.TrySetException(new InvalidOperationException($"The circuit failed: {error}"));
            _awaitingSelection?.TrySetResult(false);
        });
    }

    /// <summary>Render batches received since the circuit started (each acknowledged).</summary>
    public int Batches { get; private set; }

    public string? Error => _error;

    /// <summary>Signs in once for a user: the cookie container the user's circuits share, as one browser's tabs do.</summary>
    public static async Task<CookieContainer> SignInAsync(Uri baseUrl, string email, string password)
    {
        var cookies = new CookieContainer();
        using var http = Http(baseUrl, cookies);
        var form = await http.GetStringAsync("Account/Login");
        var fields = new Dictionary<string, string>();
        foreach (Match input in Input().Matches(form))
        {
            string? Attribute(string name) => Regex.Match(input.Value, "\\s" + name + "=\"(?<v>[^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["v"].Value) : null;
            if (Attribute("type") == "hidden" && Attribute("name") is { } name)
                fields[name] = Attribute("value") ?? "";
        }
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        using var response = await http.PostAsync("Account/Login", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect || cookies.GetCookies(baseUrl).Count == 0
            || response.Headers.Location?.ToString().Contains("Login", StringComparison.OrdinalIgnoreCase) == true)
            throw new InvalidOperationException($"Signing in as {email} failed: {(int)response.StatusCode} to {response.Headers.Location}");
        return cookies;
    }

    private static HttpClient Http(Uri baseUrl, CookieContainer cookies) =>
        new(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };

    /// <summary>Opens the page's circuit and waits until its queue rows have rendered with their click handlers.</summary>
    public static async Task<CircuitClient> OpenAsync(Uri baseUrl, CookieContainer cookies, string path = "queue")
    {
        var page = new Uri(baseUrl, path);
        string html;
        using (var http = Http(baseUrl, cookies))
            html = await http.GetStringAsync(page);
        var markers = new List<JsonElement>();
        foreach (Match match in Marker().Matches(html))
        {
            using var json = JsonDocument.Parse(match.Groups["json"].Value);
            if (json.RootElement.TryGetProperty("type", out var type) && type.GetString() == "server")
                markers.Add(json.RootElement.Clone());
        }
        if (markers.Count == 0)
            throw new InvalidOperationException($"{page} has no interactive server components (signed out?)");
        var state = ServerState().Match(html) is { Success: true } s ? s.Groups["state"].Value : "";

        var builder = new HubConnectionBuilder().WithUrl(new Uri(baseUrl, "_blazor"), HttpTransportType.WebSockets, o =>
        {
            o.Cookies = cookies;
            o.SkipNegotiation = false;
        });
        builder.Services.AddSingleton<IHubProtocol, BlazorPackHubProtocol>();
        var connection = builder.Build();
        // An idle queue is quiet for minutes; the server pings every 15 s.
        connection.ServerTimeout = TimeSpan.FromMinutes(10);
        var client = new CircuitClient(connection, page);
        await connection.StartAsync();
        var circuitId = await connection.InvokeAsync<string?>("StartCircuit", baseUrl.ToString(), page.ToString(), "[]", "");
        if (string.IsNullOrEmpty(circuitId))
            throw new InvalidOperationException($"The server refused the circuit: {client._error}");
        var operations = markers.Select((marker, i) => new { type = "add", ssrComponentId = i + 1, marker = Marker(marker, i + 1) });
        await connection.SendAsync("UpdateRootComponents", JsonSerializer.Serialize(new { batchId = 1, operations }), state);
        var shown = await Task.WhenAny(client._rowsShown.Task, Task.Delay(TimeSpan.FromMinutes(2)));
        if (shown != client._rowsShown.Task)
            throw new TimeoutException($"The queue's rows never rendered on a circuit ({client.Batches} batches)");
        await client._rowsShown.Task;
        return client;
    }

    /// <summary>blazor.web.js's marker: the prerendered descriptor plus the client's unique id for it.</summary>
    private static Dictionary<string, object?> Marker(JsonElement marker, int uniqueId)
    {
        var result = marker.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        result["uniqueId"] = uniqueId - 1;
        return result;
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        var batch = new RenderBatchReader(data);
        var selected = false;
        foreach (var disposed in batch.DisposedEventHandlerIds())
            _disposedHandlers[disposed] = true;
        lock (_rowClicks)
        {
            var rows = batch.Elements().Where(e => e.Name == "tr" && (e.Get("class")?.Contains("queue-row", StringComparison.Ordinal) ?? false)).ToList();
            foreach (var row in rows.Where(r => r.Handler("onclick") != 0))
                _rowClicks.Add(row.Handler("onclick"));
            _rowClicks.RemoveAll(_disposedHandlers.ContainsKey);
            selected = rows.Any(IsSelected) || batch.Attributes.Any(a => a.Name == "class" && IsSelectedRow(a.Value));
        }
        Batches++;
        // Acknowledged as the browser does once it has applied the batch.
        await _connection.SendAsync("OnRenderCompleted", batchId, null);
        if (_rowClicks.Count > 0)
            _rowsShown.TrySetResult();
        if (selected)
            _awaitingSelection?.TrySetResult(true);
    }

    private static bool IsSelected(RenderedElement row) => IsSelectedRow(row.Get("class"));

    private static bool IsSelectedRow(string? classes) =>
        classes is not null && classes.Contains("queue-row", StringComparison.Ordinal) && classes.Split(' ').Contains("selected");

    /// <summary>
    /// The server's calls into JavaScript, answered as a browser showing the page would: the renderer's interop
    /// object is kept (clicks are dispatched through it), a module import gets an object reference, the few calls whose
    /// answer the app reads get a plausible one (light scheme, one popover provider, UTC), and the rest an empty success.
    /// </summary>
    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        if (Environment.GetEnvironmentVariable("BENCH_TRACE_JS") is not null)
            Console.WriteLine($"JS {asyncHandle} {identifier} {argsJson} {resultType} {targetInstanceId} {callType}");
        if (identifier == "Blazor._internal.attachWebRendererInterop")
        {
            using var args = JsonDocument.Parse(argsJson);
            Interlocked.Exchange(ref _interopObjectId, args.RootElement[1].GetProperty("__dotNetObject").GetInt64());
        }
        if (asyncHandle == 0)
            return;
        const int jsObjectReference = 1;
        var result = resultType == jsObjectReference ? $"{{\"__jsObjectId\":{Interlocked.Increment(ref _jsObjects)}}}" : identifier switch
        {
            "mudThemeProvider.isDarkMode" => "false",
            "window.hasOwnProperty" => "true",
            "mudpopoverHelper.countProviders" => "1",
            "mudElementRef.getBoundingClientRect" => """{"x":0,"y":0,"width":100,"height":20,"top":0,"left":0,"right":100,"bottom":20,"scrollX":0,"scrollY":0,"windowHeight":900,"windowWidth":1400}""",
            "detect" => "\"UTC\"",
            _ => "null",
        };
        await _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, $"[{asyncHandle},true,{result}]");
    }

    /// <summary>
    /// Clicks the queue row at <paramref name="index"/> (of those still shown) and returns the milliseconds until the
    /// render batch that marks a row selected arrives, or null when none does within the limit.
    /// </summary>
    public async Task<double?> ClickRowAsync(int index, TimeSpan limit)
    {
        long handler;
        lock (_rowClicks)
        {
            if (_rowClicks.Count == 0)
                return null;
            handler = _rowClicks[index % _rowClicks.Count];
        }
        var interop = Interlocked.Read(ref _interopObjectId);
        if (interop < 0)
            throw new InvalidOperationException("The renderer never attached its interop object");
        var awaiting = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _awaitingSelection = awaiting;
        var descriptor = new { eventHandlerId = handler, eventName = "click", eventFieldInfo = (object?)null };
        var mouse = new { type = "click", detail = 1, screenX = 10, screenY = 10, clientX = 10, clientY = 10, offsetX = 5, offsetY = 5, pageX = 10, pageY = 10,
            movementX = 0, movementY = 0, button = 0, buttons = 0, ctrlKey = false, shiftKey = false, altKey = false, metaKey = false };
        var started = Stopwatch.GetTimestamp();
        await _connection.SendAsync("BeginInvokeDotNetFromJS", Interlocked.Increment(ref _callIds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            null, "DispatchEventAsync", interop, JsonSerializer.Serialize(new object[] { descriptor, mouse }));
        var answered = await Task.WhenAny(awaiting.Task, Task.Delay(limit));
        _awaitingSelection = null;
        return answered == awaiting.Task && awaiting.Task.Result ? Stopwatch.GetElapsedTime(started).TotalMilliseconds : null;
    }

    public Uri Page => _page;

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("""<!--Blazor:(?<json>\{.*?\})-->""", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex("""<!--Blazor-Server-Component-State:(?<state>[a-zA-Z0-9+/=]+)-->""")]
    private static partial Regex ServerState();
}
