using DuckDB.NET.Data;

namespace Assessment.Storage.Store;

/// <summary>
/// The tables a store holds. Created on first open; <c>schema_version</c> lets later versions migrate an old store
/// instead of silently misreading it.
/// </summary>
internal static class StoreSchema
{
    /// <summary>The schema version this build writes and reads.</summary>
    public const int Version = 6;

    private const string CreateV1 = """
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);

        CREATE SEQUENCE IF NOT EXISTS source_file_id START 1;

        -- One row per file ever loaded (status 'loaded') or refused (status 'failed').
        -- At most one loaded file per (kind, force, month): a restated download replaces the old one.
        CREATE TABLE IF NOT EXISTS source_file (
            file_id       BIGINT PRIMARY KEY,
            kind          VARCHAR NOT NULL,
            force         VARCHAR NOT NULL,
            month         DATE NOT NULL,
            path          VARCHAR NOT NULL,
            sha256        VARCHAR NOT NULL,
            rows_sha256   VARCHAR,
            bytes         BIGINT NOT NULL,
            line_ending   VARCHAR NOT NULL,
            status        VARCHAR NOT NULL,
            failure       VARCHAR,
            rows_read     BIGINT NOT NULL,
            rows_loaded   BIGINT NOT NULL,
            rows_rejected BIGINT NOT NULL,
            loaded_at     TIMESTAMP NOT NULL
        );

        -- police.uk street-level rows exactly as published (empty strings read as NULL).
        CREATE TABLE IF NOT EXISTS street_record (
            file_id               BIGINT NOT NULL,
            crime_id              VARCHAR,
            month                 DATE NOT NULL,
            reported_by           VARCHAR,
            falls_within          VARCHAR,
            longitude             DOUBLE,
            latitude              DOUBLE,
            location              VARCHAR,
            lsoa_code             VARCHAR,
            lsoa_name             VARCHAR,
            crime_type            VARCHAR,
            last_outcome_category VARCHAR,
            context               VARCHAR
        );

        -- Every row read but not loaded, with where and why. One row per problem: a line can have several.
        CREATE TABLE IF NOT EXISTS load_reject (
            file_id     BIGINT NOT NULL,
            line        BIGINT,
            column_name VARCHAR,
            error_type  VARCHAR NOT NULL,
            reason      VARCHAR NOT NULL,
            raw_line    VARCHAR
        );
        """;

    // Version 2 adds the data rows' multiset hash, which finds the same rows published under another file name.
    // Files loaded by version 1 have none and are matched only by their whole-file hash.
    private const string MigrateToV2 = "ALTER TABLE source_file ADD COLUMN IF NOT EXISTS rows_sha256 VARCHAR;";

    // Version 3 registers partner extracts in source_file too: they have no force or month but may have a sheet, and
    // their rows go to one table per extract.
    private const string MigrateToV3 = """
        ALTER TABLE source_file ALTER COLUMN force DROP NOT NULL;
        ALTER TABLE source_file ALTER COLUMN month DROP NOT NULL;
        ALTER TABLE source_file ADD COLUMN IF NOT EXISTS sheet VARCHAR;

        -- DEFRA fly-tipping incidents by local authority and financial year (sheet LA_incidents), as published;
        -- suppressed values (":") are NULL. See docs/data-formats.md.
        CREATE TABLE IF NOT EXISTS flytipping_incident (
            file_id         BIGINT NOT NULL,
            year            VARCHAR NOT NULL,
            ons_code        VARCHAR NOT NULL,
            la_name         VARCHAR NOT NULL,
            region          VARCHAR,
            row_kind        VARCHAR NOT NULL,
            total_incidents DOUBLE,
            mid_population  DOUBLE,
            reporting_basis VARCHAR,
            source_row      BIGINT NOT NULL
        );
        """;

    // Version 4 adds proven reoffending, drug seizures by police force and the county drug-misuse tables; a series of
    // files (one per financial year) is told apart by the first day of its year in source_file.month.
    private const string MigrateToV4 = """
        -- Ministry of Justice proven-reoffending cohorts by area and offender type; suppressed counts are NULL.
        CREATE TABLE IF NOT EXISTS reoffending_cohort (
            file_id       BIGINT NOT NULL,
            period        VARCHAR NOT NULL,
            period_start  DATE NOT NULL,
            period_months INTEGER NOT NULL,
            area_code     VARCHAR NOT NULL,
            area_name     VARCHAR NOT NULL,
            area_type     VARCHAR NOT NULL,
            offender_type VARCHAR NOT NULL,
            offenders     BIGINT,
            reoffenders   BIGINT,
            reoffences    BIGINT,
            source_row    BIGINT NOT NULL
        );

        -- Home Office seizures (number) or quantities seized by police force, drug and financial year, long form.
        CREATE TABLE IF NOT EXISTS drug_seizure (
            file_id    BIGINT NOT NULL,
            measure    VARCHAR NOT NULL,
            year       VARCHAR NOT NULL,
            force_raw  VARCHAR NOT NULL,
            force      VARCHAR NOT NULL,
            drug       VARCHAR NOT NULL,
            value      DOUBLE,
            source_row BIGINT NOT NULL
        );

        -- Wide year × county/UA tables (drug-misuse deaths, admissions, population), long form; empty cells are NULL.
        CREATE TABLE IF NOT EXISTS county_measure (
            file_id    BIGINT NOT NULL,
            measure    VARCHAR NOT NULL,
            year       INTEGER NOT NULL,
            area       VARCHAR NOT NULL,
            value      DOUBLE,
            source_row BIGINT NOT NULL
        );
        """;

    // Version 5 adds OHID Fingertips indicator values (any number of exports, one source_file each) and adult
    // treatment figures in the NDTMS shape. Suppressed values are NULL. See docs/data-formats.md.
    private const string MigrateToV5 = """
        CREATE TABLE IF NOT EXISTS fingertips_value (
            file_id         BIGINT NOT NULL,
            indicator_id    VARCHAR,
            indicator_name  VARCHAR NOT NULL,
            area_code       VARCHAR NOT NULL,
            area_name       VARCHAR NOT NULL,
            area_type       VARCHAR,
            sex             VARCHAR,
            age             VARCHAR,
            category_type   VARCHAR,
            category        VARCHAR,
            period          VARCHAR NOT NULL,
            period_sortable BIGINT,
            value           DOUBLE,
            lower_ci95      DOUBLE,
            upper_ci95      DOUBLE,
            count           DOUBLE,
            denominator     DOUBLE,
            compared_to_england VARCHAR,
            measure         VARCHAR,
            value_note      VARCHAR,
            source_line     BIGINT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS treatment_outcome (
            file_id                BIGINT NOT NULL,
            period                 VARCHAR NOT NULL,
            area_code              VARCHAR NOT NULL,
            area_name              VARCHAR NOT NULL,
            substance_group        VARCHAR NOT NULL,
            in_treatment           BIGINT,
            new_presentations      BIGINT,
            successful_completions BIGINT,
            re_presentations       BIGINT,
            source_line            BIGINT NOT NULL
        );
        """;

    // Version 6 adds DEFRA's enforcement actions (sheet LA_actions, one row per authority, year and action type) and the
    // workbook's Metadata notes, and the council ASB case log.
    private const string MigrateToV6 = """
        CREATE TABLE IF NOT EXISTS flytipping_action (
            file_id     BIGINT NOT NULL,
            year        VARCHAR NOT NULL,
            ons_code    VARCHAR NOT NULL,
            la_name     VARCHAR NOT NULL,
            row_kind    VARCHAR NOT NULL,
            action_type VARCHAR NOT NULL,
            actions     DOUBLE,
            source_row  BIGINT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS flytipping_note (
            file_id    BIGINT NOT NULL,
            position   INTEGER NOT NULL,
            note       VARCHAR NOT NULL
        );

        -- One row per case of a council ASB case log; category, agency and status are the allowed values, not the
        -- aliases written. See docs/data-formats.md.
        CREATE TABLE IF NOT EXISTS asb_case (
            file_id        BIGINT NOT NULL,
            case_reference VARCHAR NOT NULL,
            month          DATE NOT NULL,
            reported_on    DATE,
            category       VARCHAR NOT NULL,
            ward_code      VARCHAR,
            ward_name      VARCHAR,
            lsoa_code      VARCHAR,
            latitude       DOUBLE,
            longitude      DOUBLE,
            easting        DOUBLE,
            northing       DOUBLE,
            agency         VARCHAR NOT NULL,
            status         VARCHAR NOT NULL,
            source_line    BIGINT NOT NULL,
            UNIQUE (file_id, case_reference)
        );
        """;

    /// <summary>Creates the tables if absent and records or checks the schema version, in one transaction.</summary>
    /// <exception cref="StoreException">The store was written by a newer version.</exception>
    /// <exception cref="DuckDBException">DuckDB failed (e.g. the file is damaged).</exception>
    public static void Ensure(DuckDBConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute(CreateV1);
        connection.Execute(MigrateToV2);
        connection.Execute(MigrateToV3);
        connection.Execute(MigrateToV4);
        connection.Execute(MigrateToV5);
        connection.Execute(MigrateToV6);
        var version = connection.Scalar<int?>("SELECT max(version) FROM schema_version");
        if (version is null)
        {
            connection.Execute("INSERT INTO schema_version VALUES (?)", Version);
        }
        else if (version < Version)
        {
            connection.Execute("UPDATE schema_version SET version = ?", Version);
        }
        else if (version > Version)
        {
            throw new StoreException($"The store was written by a newer version of assessment (schema {version}; this version reads {Version}). Use a newer assessment or a new --store.");
        }
        transaction.Commit();
    }
}
