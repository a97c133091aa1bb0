-- Invariants the database itself guarantees, so no race between requests can break them.
-- A receipt's lines and payments change only while it is open.
CREATE TRIGGER receipt_lines_insert_open BEFORE INSERT ON receipt_lines
WHEN (SELECT status FROM receipts WHERE id = NEW.receipt_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'receipt-not-open'); END;
--> statement-breakpoint
CREATE TRIGGER receipt_lines_update_open BEFORE UPDATE ON receipt_lines
WHEN (SELECT status FROM receipts WHERE id = NEW.receipt_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'receipt-not-open'); END;
--> statement-breakpoint
CREATE TRIGGER payments_insert_open BEFORE INSERT ON payments
WHEN (SELECT status FROM receipts WHERE id = NEW.receipt_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'receipt-not-open'); END;
--> statement-breakpoint
CREATE TRIGGER payments_update_open BEFORE UPDATE ON payments
WHEN (SELECT status FROM receipts WHERE id = NEW.receipt_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'receipt-not-open'); END;
--> statement-breakpoint
-- Issuing fixes the total: it must equal the active lines and be covered by the payments
-- (a line or payment that slipped in after the till's last look aborts the whole issuance).
CREATE TRIGGER receipts_issue_consistent BEFORE UPDATE OF status ON receipts
WHEN NEW.status = 'issued' AND (
  OLD.status IS NOT 'open'
  OR NEW.total IS NOT (SELECT coalesce(sum(amount), 0) FROM receipt_lines WHERE receipt_id = NEW.id AND voided = 0)
  OR (SELECT coalesce(sum(amount), 0) FROM payments WHERE receipt_id = NEW.id) < NEW.total
)
BEGIN SELECT RAISE(ABORT, 'receipt-changed-during-issue'); END;
--> statement-breakpoint
CREATE TRIGGER receipts_cancel_open BEFORE UPDATE OF status ON receipts
WHEN NEW.status = 'cancelled' AND OLD.status IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'receipt-not-open'); END;
--> statement-breakpoint
-- A fiscal document belongs to a receipt that is issued (in the same transaction).
CREATE TRIGGER fiscal_documents_for_issued BEFORE INSERT ON fiscal_documents
WHEN (SELECT status FROM receipts WHERE id = NEW.receipt_id) IS NOT 'issued'
BEGIN SELECT RAISE(ABORT, 'receipt-not-issued'); END;
--> statement-breakpoint
-- Fiscal documents and the event log are append-only.
CREATE TRIGGER fiscal_documents_no_update BEFORE UPDATE ON fiscal_documents
BEGIN SELECT RAISE(ABORT, 'fiscal-documents-are-append-only'); END;
--> statement-breakpoint
CREATE TRIGGER fiscal_documents_no_delete BEFORE DELETE ON fiscal_documents
BEGIN SELECT RAISE(ABORT, 'fiscal-documents-are-append-only'); END;
--> statement-breakpoint
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events-are-append-only'); END;
