namespace Assessment.Storage.Store;

/// <summary>The store cannot be used as it is (in use by another run, from a newer version, damaged).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
