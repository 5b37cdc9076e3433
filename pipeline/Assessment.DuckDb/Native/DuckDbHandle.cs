using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>
/// Base of every DuckDB handle. A handle may have an owner (statement → connection → database, chunk → result)
/// on which it holds a reference until it is released, so native objects are always destroyed children first,
/// whatever order callers dispose them in and even when finalizers run.
/// </summary>
internal abstract class DuckDbHandle : SafeHandle
{
    private readonly SafeHandle? owner;

    protected DuckDbHandle(nint native, SafeHandle? owner)
        : base(0, ownsHandle: true)
    {
        // ReleaseHandle never runs for an invalid handle, so only a valid one may take a reference.
        if (native == 0)
        {
            return;
        }

        if (owner is not null)
        {
            try
            {
                var added = false;
                owner.DangerousAddRef(ref added);
            }
            catch
            {
                Release(native);
                throw;
            }

            this.owner = owner;
        }

        SetHandle(native);
    }

    public sealed override bool IsInvalid => handle == 0;

    /// <summary>Destroys the native object.</summary>
    protected abstract void Release(nint native);

    protected sealed override bool ReleaseHandle()
    {
        try
        {
            Release(handle);
        }
        finally
        {
            owner?.DangerousRelease();
        }

        return true;
    }
}
