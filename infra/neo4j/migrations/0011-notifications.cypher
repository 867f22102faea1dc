// The inbox: one Notification per (event, kind, recipient company); its id is derived from them, so a
// replay merges onto the same node. Listed per recipient, newest first; the mailer finds unsent ones.
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE INDEX notification_recipient IF NOT EXISTS FOR (n:Notification) ON (n.recipientId, n.occurredAt);
CREATE INDEX notification_cause IF NOT EXISTS FOR (n:Notification) ON (n.causeEventId);
CREATE INDEX notification_email IF NOT EXISTS FOR (n:Notification) ON (n.emailStatus);
// The task-due scheduler's lease: one holder at a time across the projector group.
CREATE CONSTRAINT scheduler_lease_name IF NOT EXISTS FOR (l:SchedulerLease) REQUIRE l.name IS UNIQUE;
