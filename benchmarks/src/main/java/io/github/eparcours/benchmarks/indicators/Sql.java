package io.github.eparcours.benchmarks.indicators;

/** Indicators 6.1 to 6.5 as one DuckDB query over facts(file, kind, t, actor), t in seconds. */
final class Sql {

  private Sql() {}

  static String query(long s, long e) {
    String inQ = "t >= " + s + " AND t < " + e;
    return """
        WITH per_file AS (
          SELECT file,
            max(t) FILTER (WHERE kind = 0 AND t < %2$d) AS open_end,
            max(t) FILTER (WHERE kind = 1 AND t < %2$d) AS close_end,
            max(t) FILTER (WHERE kind = 0 AND t < %1$d) AS open_start,
            max(t) FILTER (WHERE kind = 1 AND t < %1$d) AS close_start,
            count(*) FILTER (WHERE kind = 0 AND %3$s) AS open_in,
            min(t) FILTER (WHERE kind = 0) AS first_open,
            min(t) FILTER (WHERE kind = 3) AS first_eval,
            count(*) FILTER (WHERE kind = 2 AND %3$s) AS upd,
            count(*) FILTER (WHERE kind = 4 AND %3$s) AS lia,
            count(*) FILTER (WHERE kind = 7 AND %3$s) AS msgs,
            count(DISTINCT actor) FILTER (WHERE kind = 7 AND %3$s) AS authors,
            count(*) FILTER (WHERE kind = 8 AND %3$s) AS appt
          FROM facts GROUP BY file),
        team AS (
          SELECT file, count(*) AS team_end FROM (
            SELECT file, actor, arg_max(kind, t * 2 + (kind = 6)::BIGINT) AS last_kind
            FROM facts WHERE kind IN (5, 6) AND t < %2$d GROUP BY file, actor)
          WHERE last_kind = 5 GROUP BY file),
        flags AS (
          SELECT p.*, coalesce(team_end, 0) AS team_end,
            (open_end IS NOT NULL AND open_end > coalesce(close_end, -9223372036854775807))
              AS open_at_end,
            (open_in > 0 OR (open_start IS NOT NULL
              AND open_start > coalesce(close_start, -9223372036854775807))) AS active
          FROM per_file p LEFT JOIN team USING (file))
        SELECT
          count(*) FILTER (WHERE open_at_end),
          count(*) FILTER (WHERE open_at_end AND upd > 0),
          count(*) FILTER (WHERE open_in > 0),
          count(*) FILTER (WHERE open_in > 0 AND first_eval <= epoch(timezone('Europe/Paris',
            timezone('Europe/Paris', to_timestamp(first_open)) + INTERVAL 1 MONTH))),
          count(*) FILTER (WHERE active),
          count(*) FILTER (WHERE active AND lia > 0),
          count(*) FILTER (WHERE active),
          count(*) FILTER (WHERE active AND team_end >= 2 AND msgs >= 2 AND authors >= 2),
          count(*) FILTER (WHERE active),
          count(*) FILTER (WHERE active AND appt > 0)
        FROM flags
        """.formatted(s, e, inQ);
  }
}
