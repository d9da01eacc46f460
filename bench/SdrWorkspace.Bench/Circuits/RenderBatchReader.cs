using System.Buffers.Binary;
using System.Text;

namespace SdrWorkspace.Bench.Circuits;

/// <summary>
/// Reads what the load client needs from a render batch in Blazor Server's binary format (the one blazor.web.js
/// reads in OutOfProcessRenderBatch): the reference frames (elements and their attributes, with event handler ids),
/// the disposed event handler ids and the string table.
/// </summary>
internal sealed class RenderBatchReader
{
    private const int FrameLength = 20;
    private const int ElementFrame = 1;
    private const int AttributeFrame = 3;
    private readonly byte[] _data;
    private readonly int _stringTable;

    public RenderBatchReader(byte[] data)
    {
        _data = data;
        _stringTable = Int(data.Length - 4);
    }

    private int Int(int at) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(at));

    private string? String(int index)
    {
        if (index < 0)
            return null;
        var at = Int(_stringTable + index * 4);
        // BinaryWriter's 7-bit encoded length, then UTF-8.
        int length = 0, shift = 0;
        byte b;
        do
        {
            b = _data[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return Encoding.UTF8.GetString(_data, at, length);
    }

    /// <summary>Elements written whole in this batch, each with its attributes (name, value, event handler id).</summary>
    public IEnumerable<RenderedElement> Elements()
    {
        var range = Int(_data.Length - 16);
        var count = Int(range);
        RenderedElement? current = null;
        for (var i = 0; i < count; i++)
        {
            var frame = range + 4 + i * FrameLength;
            switch (Int(frame))
            {
                case ElementFrame:
                    if (current is not null)
                        yield return current;
                    current = new RenderedElement(String(Int(frame + 8)) ?? "", []);
                    break;
                case AttributeFrame:
                    var attribute = new RenderedAttribute(String(Int(frame + 4)) ?? "", String(Int(frame + 8)),
                        BinaryPrimitives.ReadInt64LittleEndian(_data.AsSpan(frame + 12)));
                    current?.Attributes.Add(attribute);
                    Attributes.Add(attribute);
                    break;
                default:
                    if (current is not null)
                        yield return current;
                    current = null;
                    break;
            }
        }
        if (current is not null)
            yield return current;
    }

    /// <summary>Every attribute frame read by <see cref="Elements"/>, also those set alone on an element already shown.</summary>
    public List<RenderedAttribute> Attributes { get; } = [];

    public IEnumerable<long> DisposedEventHandlerIds()
    {
        var range = Int(_data.Length - 8);
        var count = Int(range);
        for (var i = 0; i < count; i++)
            yield return BinaryPrimitives.ReadInt64LittleEndian(_data.AsSpan(range + 4 + i * 8));
    }

    /// <summary>Every string the batch carries (names, values, text), for checks like "a row is now marked selected".</summary>
    public IEnumerable<string> Strings()
    {
        var count = (_data.Length - 20 - _stringTable) / 4;
        for (var i = 0; i < count; i++)
            yield return String(i)!;
    }
}

internal sealed record RenderedElement(string Name, List<RenderedAttribute> Attributes)
{
    public string? Get(string name) => Attributes.FirstOrDefault(a => a.Name == name)?.Value;

    public long Handler(string name) => Attributes.FirstOrDefault(a => a.Name == name)?.EventHandlerId ?? 0;
}

internal sealed record RenderedAttribute(string Name, string? Value, long EventHandlerId);
