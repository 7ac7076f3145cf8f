-- Screening reads the persons of record (refused or withdrawn at some mission) at every registration
-- and arrival: these few positions are found by this index rather than by reading every accreditation.
create index accreditation_of_record on accreditation (person_id) where status in ('REFUSED', 'WITHDRAWN');
