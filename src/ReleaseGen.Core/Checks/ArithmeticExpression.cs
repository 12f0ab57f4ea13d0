using System.Globalization;

namespace ReleaseGen.Checks;

/// <summary>A problem in an expression, at a 0-based offset into its text.</summary>
public sealed class ExpressionException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}

/// <summary>
/// A small, safe arithmetic expression over metric names, for the data's <c>reconcile:</c> entries:
/// numbers (<c>31.1034768</c>), names (<c>pb_con_t</c>), <c>+ - * /</c>, unary minus and parentheses,
/// with the usual precedence. Nothing else: no functions, no member access, no code. Arithmetic is
/// in <see cref="decimal"/>, so "0.1 + 0.2" is 0.3.
/// </summary>
public sealed class ArithmeticExpression
{
    private readonly Node _root;

    private ArithmeticExpression(string text, Node root, IReadOnlyList<(string Name, int Offset)> names)
    {
        Text = text;
        _root = root;
        Names = names;
    }

    public string Text { get; }

    /// <summary>Every name the expression uses, with its offset, in order of appearance.</summary>
    public IReadOnlyList<(string Name, int Offset)> Names { get; }

    /// <summary>Parses <paramref name="text"/>; a syntax error is an <see cref="ExpressionException"/> with its offset.</summary>
    /// <remarks>
    /// Nesting (parentheses, unary minus) and the depth of the expression's tree (a chain of 100,000
    /// terms) are bounded by <see cref="Safety.Limits.ExpressionDepth"/>: parsing and evaluation recurse.
    /// </remarks>
    public static ArithmeticExpression Parse(string text, Safety.Limits? limits = null)
    {
        var parser = new Parser(text, limits ?? Safety.Limits.Default);
        var root = parser.ParseExpression();
        parser.ExpectEnd();
        return new ArithmeticExpression(text, root, parser.Names);
    }

    /// <summary>
    /// The value with each name looked up by <paramref name="lookup"/>; null when a name has no value.
    /// Division by zero is an <see cref="ExpressionException"/> at the '/'.
    /// </summary>
    public decimal? Evaluate(Func<string, decimal?> lookup) => _root.Evaluate(lookup);

    public override string ToString() => Text;

    private abstract record Node
    {
        public abstract decimal? Evaluate(Func<string, decimal?> lookup);

        /// <summary>The height of the tree below this node (1 for a leaf).</summary>
        public virtual int Depth => 1;
    }

    private sealed record Number(decimal Value) : Node
    {
        public override decimal? Evaluate(Func<string, decimal?> lookup) => Value;
    }

    private sealed record Name(string Identifier) : Node
    {
        public override decimal? Evaluate(Func<string, decimal?> lookup) => lookup(Identifier);
    }

    private sealed record Negate(Node Operand) : Node
    {
        public override int Depth { get; } = Operand.Depth + 1;

        public override decimal? Evaluate(Func<string, decimal?> lookup) => -Operand.Evaluate(lookup);
    }

    private sealed record Binary(char Operator, Node Left, Node Right, int Offset) : Node
    {
        public override int Depth { get; } = Math.Max(Left.Depth, Right.Depth) + 1;

        public override decimal? Evaluate(Func<string, decimal?> lookup)
        {
            if (Left.Evaluate(lookup) is not { } l || Right.Evaluate(lookup) is not { } r) return null;
            try
            {
                return Operator switch
                {
                    '+' => l + r,
                    '-' => l - r,
                    '*' => l * r,
                    _ => r == 0 ? throw new ExpressionException("division by zero", Offset) : l / r,
                };
            }
            catch (OverflowException)
            {
                throw new ExpressionException("the value is too large", Offset);
            }
        }
    }

    private sealed class Parser(string text, Safety.Limits limits)
    {
        private int _pos;
        private int _nesting;

        private Node Bounded(Node node, int at) => node.Depth > limits.ExpressionDepth
            ? throw new ExpressionException($"the expression is deeper than {limits.Describe("expression-depth")}", at)
            : node;

        private void Enter(int at)
        {
            if (++_nesting > limits.ExpressionDepth)
                throw new ExpressionException($"the expression nests deeper than {limits.Describe("expression-depth")}", at);
        }

        public List<(string Name, int Offset)> Names { get; } = [];

        // expression := term (('+' | '-') term)*
        public Node ParseExpression()
        {
            var left = ParseTerm();
            while (Peek() is '+' or '-')
            {
                var at = _pos;
                var op = text[_pos++];
                left = Bounded(new Binary(op, left, ParseTerm(), at), at);
            }
            return left;
        }

        // term := factor (('*' | '/') factor)*
        private Node ParseTerm()
        {
            var left = ParseFactor();
            while (Peek() is '*' or '/')
            {
                var at = _pos;
                var op = text[_pos++];
                left = Bounded(new Binary(op, left, ParseFactor(), at), at);
            }
            return left;
        }

        // factor := number | name | 'facts' ('.' name)+ | '-' factor | '(' expression ')'
        private Node ParseFactor()
        {
            var c = Peek();
            var start = _pos;
            if (c == '-')
            {
                Enter(_pos);
                _pos++;
                var negated = Bounded(new Negate(ParseFactor()), start);
                _nesting--;
                return negated;
            }
            if (c == '(')
            {
                Enter(_pos);
                _pos++;
                var inner = ParseExpression();
                if (Peek() != ')') throw new ExpressionException(_pos < text.Length ? $"expected ')' but found '{text[_pos]}'" : "expected ')' before the end", _pos);
                _pos++;
                _nesting--;
                return inner;
            }
            if (c is { } digit && (char.IsAsciiDigit(digit) || digit == '.'))
            {
                while (_pos < text.Length && (char.IsAsciiDigit(text[_pos]) || text[_pos] == '.')) _pos++;
                var literal = text[start.._pos];
                if (!decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                    throw new ExpressionException($"'{literal}' is not a number", start);
                return new Number(value);
            }
            if (c is { } letter && (char.IsAsciiLetter(letter) || letter == '_'))
            {
                while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] == '_')) _pos++;
                // Only facts have dotted names (facts.geo_prices.silver); nothing else reads a member.
                if (text[start.._pos] == "facts")
                {
                    while (_pos + 1 < text.Length && text[_pos] == '.' && (char.IsAsciiLetter(text[_pos + 1]) || text[_pos + 1] == '_'))
                    {
                        _pos++;
                        while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] == '_')) _pos++;
                    }
                }
                var name = text[start.._pos];
                Names.Add((name, start));
                return new Name(name);
            }
            if (c is null) throw new ExpressionException("the expression ends where a number, a metric name or '(' was expected", _pos);
            throw new ExpressionException($"unexpected '{c}': only numbers, metric names, + - * / and parentheses are allowed", _pos);
        }

        public void ExpectEnd()
        {
            if (Peek() is { } c)
                throw new ExpressionException(c == ')' ? "unmatched ')'" : $"unexpected '{c}' after a complete expression", _pos);
        }

        private char? Peek()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos])) _pos++;
            return _pos < text.Length ? text[_pos] : null;
        }
    }
}
