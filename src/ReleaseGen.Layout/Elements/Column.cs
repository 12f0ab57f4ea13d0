namespace ReleaseGen.Layout;

/// <summary>
/// Children stacked vertically with <see cref="Spacing"/> between them. A child marked
/// keep-with-next (a heading) is moved to the next page with its follower when the follower cannot
/// start on this page, so no heading is left at the bottom of a page.
/// </summary>
public sealed class Column : Element
{
    private readonly List<Element> _items = [];
    private readonly List<bool> _keepWithNext = [];
    private int _index;

    public Column(double spacing = 0) => Spacing = spacing;

    public double Spacing { get; }

    public override IEnumerable<Element> Children => _items;

    public int Count => _items.Count;

    public Column Add(Element element, bool keepWithNext = false)
    {
        _items.Add(element);
        _keepWithNext.Add(keepWithNext);
        return this;
    }

    protected override void OnResetState() => _index = 0;

    private readonly record struct Placement(int Index, double Y, SpacePlan Plan);

    /// <summary>Decides, without side effects, which children go on this page and where.</summary>
    private (List<Placement> Placed, SpacePlan Result) Plan(Size available)
    {
        var placed = new List<Placement>();
        double y = 0, width = 0;
        bool allDone = true;
        bool atPageTop = available.Height >= Page.ContentSize.Height - 0.01;

        for (int i = _index; i < _items.Count; i++)
        {
            double gap = placed.Count > 0 ? Spacing : 0;
            var room = new Size(available.Width, available.Height - y - gap);
            var plan = room.Height < 0 ? SpacePlan.Wrap() : _items[i].Measure(room);

            if (plan.IsEmpty)
            {
                placed.Add(new Placement(i, y, plan));
                continue;
            }
            if (plan.IsWrap)
            {
                allDone = false;
                break;
            }

            if (plan.IsFull && _keepWithNext[i] && (!atPageTop || placed.Count(p => !p.Plan.IsEmpty) > 0))
            {
                var next = NextFollowerPlan(i, new Size(available.Width, room.Height - plan.Height - Spacing));
                if (next is { IsWrap: true })
                {
                    allDone = false;
                    break;
                }
            }

            y += gap;
            placed.Add(new Placement(i, y, plan));
            y += plan.Height;
            width = Math.Max(width, plan.Width);
            if (plan.IsPartial)
            {
                allDone = false;
                break;
            }
        }

        bool anyContent = placed.Any(p => !p.Plan.IsEmpty);
        if (!allDone)
            return (placed, anyContent ? SpacePlan.Partial(width, y) : SpacePlan.Wrap());
        return (placed, anyContent ? SpacePlan.Full(width, y) : SpacePlan.Empty());
    }

    private SpacePlan? NextFollowerPlan(int i, Size room)
    {
        for (int j = i + 1; j < _items.Count; j++)
        {
            if (room.Height < 0) return SpacePlan.Wrap();
            var plan = _items[j].Measure(room);
            if (!plan.IsEmpty) return plan;
        }
        return null;
    }

    public override SpacePlan Measure(Size available) => Plan(available).Result;

    public override void Draw(Size available)
    {
        var (placed, _) = Plan(available);
        foreach (var p in placed)
        {
            if (p.Plan.IsEmpty)
            {
                if (p.Index == _index) _index++;
                continue;
            }
            DrawChild(_items[p.Index], 0, p.Y, new Size(available.Width, available.Height - p.Y));
            if (p.Plan.IsFull) _index = p.Index + 1;
        }
    }
}
