using ReleaseGen.Pdf.FileStructure;

namespace ReleaseGen.Pdf.Tests;

public class PooledBufferStreamTests
{
    [Fact]
    public void It_grows_past_its_first_buffer_and_keeps_every_byte_written_seeks_included()
    {
        var expected = new MemoryStream();
        using var pooled = new PooledBufferStream(16);
        foreach (var stream in new Stream[] { expected, pooled })
        {
            for (var i = 0; i < 1000; i++) stream.WriteByte((byte)i);
            stream.Write(Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray());
            stream.Position = 10;
            stream.Write([1, 2, 3]);
            stream.Seek(0, SeekOrigin.End);
            stream.WriteByte(42);
            stream.SetLength(5990);
        }
        Assert.Equal(expected.ToArray(), pooled.ToArray());
        Assert.Equal(5990, pooled.Length);
        pooled.Clear();
        Assert.Equal(0, pooled.Length);
    }
}
