-- The incidents of the relations register a decision cites as its grounds.
create table decision_incident (
    decision_id uuid     not null references decision (id),
    incident_id uuid     not null references incident (id),
    position    smallint not null,
    primary key (decision_id, incident_id)
);
create index decision_incident_incident on decision_incident (incident_id);
