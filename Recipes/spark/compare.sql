-- compare urban-new-jobs by region, year — over the JSON Lines partitions, like with like, as
-- the shell's compare answers it: a row per place, a column per year; a cell is one indicator,
-- in one unit, of one kind (results). Of a place's figures for a year, those reaching furthest
-- into it are taken (the whole year before 1-11月, as zhibiao's compare does), and their period
-- is shown when it is not the whole year. Figures are never added up or averaged: a cell shows
-- the figure most of its articles state, how many other figures they disagree with (≠ N more),
-- and in brackets how many articles state any. `records` is the view compare.py makes over
-- OUT/part-*.
WITH figures AS (
    SELECT indicator, unit, kind, region, year, period, value, doc,
           CASE
               WHEN period IS NULL OR period IN (year::VARCHAR, 'since ' || year) THEN 12
               WHEN period LIKE '%..%' THEN right(period, 2)::INTEGER
               WHEN period LIKE '%Q_' THEN right(period, 1)::INTEGER * 3
               WHEN period LIKE '%H1' THEN 6
               ELSE 0
           END AS reach
    FROM records
    WHERE indicator = 'urban-new-jobs' AND kind = 'actual'
      AND region IS NOT NULL AND year IS NOT NULL
),
furthest AS (
    SELECT * FROM figures
    QUALIFY reach = max(reach) OVER (PARTITION BY indicator, unit, kind, region, year)
),
stated AS (
    SELECT indicator, unit, kind, region, year, value,
           CASE WHEN reach = 12 THEN '' ELSE ' (' || period || ')' END AS span,
           list(DISTINCT doc) AS docs
    FROM furthest
    GROUP BY ALL
),
cells AS (
    SELECT indicator, unit, kind, region, year,
           arg_max(regexp_replace(value::VARCHAR, '\.0$', '') || span, (len(docs), -value)) AS figure,
           count(*) AS figures,
           len(list_distinct(flatten(list(docs)))) AS articles
    FROM stated
    GROUP BY ALL
)
PIVOT cells
ON year
USING first(figure || CASE WHEN figures > 1 THEN ' ≠ ' || (figures - 1) || ' more' ELSE '' END
            || ' (' || articles || ')')
GROUP BY indicator, unit, kind, region
ORDER BY region;
