namespace SunEs.Syntax;

/// <summary>Walks of the trees the front end builds (syntax, bound expressions).</summary>
public static class TreeWalk
{
    /// <summary>
    /// The root and every node below it, in source order. One explicit stack, not an iterator
    /// per level: nested iterators cost every node once per ancestor, and a walk of a whole
    /// 30,000-line text allocated more than its tree.
    /// </summary>
    public static IEnumerable<T> PreOrder<T>(T root, Func<T, IEnumerable<T>> children)
    {
        var pending = new Stack<T>();
        var siblings = new List<T>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            yield return node;
            siblings.Clear();
            siblings.AddRange(children(node));
            for (var i = siblings.Count - 1; i >= 0; i--)
            {
                pending.Push(siblings[i]);
            }
        }
    }
}
