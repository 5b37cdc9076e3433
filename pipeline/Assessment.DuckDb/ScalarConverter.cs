namespace Assessment.DuckDb;

/// <summary>Reads one non-NULL reader value as the type a Scalar call asked for.</summary>
internal static class ScalarConverter
{
    /// <summary>The value at <paramref name="ordinal"/> as <typeparamref name="T"/> or its underlying type.</summary>
    public static T Convert<T>(DuckDbReader reader, int ordinal)
    {
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        object value =
            target == typeof(long) ? reader.GetInt64(ordinal)
            : target == typeof(int) ? reader.GetInt32(ordinal)
            : target == typeof(double) ? reader.GetDouble(ordinal)
            : target == typeof(decimal) ? reader.GetDecimal(ordinal)
            : target == typeof(string) ? reader.GetString(ordinal)
            : target == typeof(bool) ? reader.GetBoolean(ordinal)
            : target == typeof(DateOnly) ? reader.GetDate(ordinal)
            : target == typeof(DateTime) ? reader.GetDateTime(ordinal)
            : target == typeof(object) ? reader.GetValue(ordinal)!
            : throw new NotSupportedException(
                $"Scalar<{typeof(T).Name}> is not supported; use long, int, double, decimal, string, bool, DateOnly, " +
                "DateTime, object, or Nullable of those.");
        return (T)value;
    }
}
