using System.Buffers;

namespace ReleaseGen.Pdf.FileStructure;

/// <summary>
/// A write-and-seek memory stream whose buffer is rented from <see cref="ArrayPool{T}.Shared"/> and returned
/// on dispose. PDFsharp's saved file and the final file are a few hundred kilobytes each: a
/// <see cref="MemoryStream"/> would allocate them (and every doubling on the way) on the large-object heap
/// for every release, which drives full collections in a batch.
/// </summary>
internal sealed class PooledBufferStream : Stream
{
    private byte[] _buffer;
    private int _length;
    private int _position;

    public PooledBufferStream(int initialCapacity = 64 * 1024) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    /// <summary>The bytes written so far; valid until the next write or dispose.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>The rented buffer itself: its first <see cref="Length"/> bytes are the data.</summary>
    public byte[] Buffer => _buffer;

    public override bool CanRead => false;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = checked((int)value);
    }

    public byte[] ToArray() => WrittenSpan.ToArray();

    public void Clear() => _length = _position = 0;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> data)
    {
        var end = checked(_position + data.Length);
        Ensure(end);
        if (_position > _length) _buffer.AsSpan(_length, _position - _length).Clear();
        data.CopyTo(_buffer.AsSpan(_position));
        _position = end;
        if (end > _length) _length = end;
    }

    public override void WriteByte(byte value)
    {
        if (_position > _length || _position >= _buffer.Length)
        {
            Write([value]);
            return;
        }
        _buffer[_position++] = value;
        if (_position > _length) _length = _position;
    }

    private void Ensure(int capacity)
    {
        if (capacity <= _buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 2 * _buffer.Length));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _length + offset,
        };
        return _position;
    }

    public override void SetLength(long value)
    {
        var length = checked((int)value);
        Ensure(length);
        if (length > _length) _buffer.AsSpan(_length, length - _length).Clear();
        _length = length;
        if (_position > _length) _position = _length;
    }

    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _length = _position = 0;
        }
        base.Dispose(disposing);
    }
}
