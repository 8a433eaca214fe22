-- The ledger's flags and a funder's spent total sum each project's
-- expenditures by budget category: this index holds those columns in that
-- order, so the sums are read from it alone rather than from the table row
-- by row.
CREATE INDEX expenditures_by_line ON expenditures (project_id, budget_category, amount_fen);
