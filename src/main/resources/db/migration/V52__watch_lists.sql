-- Watch lists imported whole, version by version: OFAC's SDN list and the UN Security Council's
-- consolidated list. Each import is a new version of its list and becomes the current one; older
-- versions are kept with everything they held, so that a past screening can be explained.

create table watch_list (
    id   varchar(30)  primary key,
    name varchar(200) not null
);
insert into watch_list (id, name) values
    ('ofac-sdn', 'OFAC Specially Designated Nationals and Blocked Persons List'),
    ('un-consolidated', 'United Nations Security Council Consolidated List');

create table watch_list_version (
    id           uuid primary key,
    list_id      varchar(30)  not null references watch_list (id),
    number       integer      not null check (number > 0),
    -- Null when neither the file nor the administrator said (OFAC's CSV files carry no date).
    published_on date,
    imported_at  timestamptz  not null,
    imported_by  varchar(200) not null,
    is_current   boolean      not null,
    entries      integer      not null check (entries >= 0),
    individuals  integer      not null check (individuals >= 0),
    entities     integer      not null check (entities >= 0),
    vessels      integer      not null check (vessels >= 0),
    aircraft     integer      not null check (aircraft >= 0),
    -- Every name of every entry, its primary name included; aliases are the strong and weak ones.
    names        integer      not null check (names >= entries),
    aliases      integer      not null check (aliases >= 0 and aliases <= names - entries),
    unique (list_id, number),
    check (individuals + entities + vessels + aircraft = entries)
);
-- One current version per list: an import turns the previous one off in its own transaction.
create unique index watch_list_version_current on watch_list_version (list_id) where is_current;

-- The files a version was imported from, as uploaded.
create table watch_list_file (
    version_id uuid         not null references watch_list_version (id),
    part       varchar(20)  not null check (part in ('sdn', 'alt', 'add', 'consolidated')),
    name       varchar(255) not null,
    sha256     char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    bytes      bigint       not null check (bytes >= 0),
    primary key (version_id, part)
);

-- One listed person, organisation, vessel or aircraft, under the list's own reference: OFAC's
-- entity number, the UN's reference number (with its data id).
create table watch_list_entry (
    id         uuid primary key,
    version_id uuid        not null references watch_list_version (id),
    reference  varchar(50) not null,
    data_id    bigint,
    kind       varchar(10) not null check (kind in ('INDIVIDUAL', 'ENTITY', 'VESSEL', 'AIRCRAFT')),
    gender     varchar(6) check (gender in ('MALE', 'FEMALE')),
    remarks    text,
    unique (version_id, reference),
    check (gender is null or kind = 'INDIVIDUAL')
);

create table watch_list_name (
    entry_id uuid          not null references watch_list_entry (id),
    position integer       not null,
    kind     varchar(20)   not null check (kind in ('PRIMARY', 'STRONG_ALIAS', 'WEAK_ALIAS', 'ORIGINAL_SCRIPT')),
    text     varchar(1000) not null check (text <> ''),
    primary key (entry_id, position)
);
create unique index watch_list_name_primary on watch_list_name (entry_id) where kind = 'PRIMARY';

-- A date of birth as the list wrote it, and the first and last day it may be: a day, a month, a
-- year, a range of years, or a year give or take one where the list says "circa" or "approximately".
create table watch_list_birth (
    entry_id  uuid         not null references watch_list_entry (id),
    position  integer      not null,
    written   varchar(200) not null,
    born_from date         not null,
    born_to   date         not null,
    primary key (entry_id, position),
    check (born_from <= born_to)
);

create table watch_list_birthplace (
    entry_id uuid         not null references watch_list_entry (id),
    position integer      not null,
    place    varchar(500) not null,
    primary key (entry_id, position)
);

-- As the list names the country; with its ISO 3166-1 code where the name is known to be that state's.
create table watch_list_nationality (
    entry_id uuid         not null references watch_list_entry (id),
    position integer      not null,
    written  varchar(200) not null,
    state    char(3) references state (code),
    primary key (entry_id, position)
);

create table watch_list_programme (
    entry_id  uuid         not null references watch_list_entry (id),
    position  integer      not null,
    programme varchar(100) not null,
    primary key (entry_id, position)
);

create table watch_list_address (
    entry_id uuid          not null references watch_list_entry (id),
    position integer       not null,
    address  varchar(1000) not null,
    country  varchar(200),
    primary key (entry_id, position)
);
