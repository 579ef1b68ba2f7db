-- The university's initial organisation: front-office profiles, back-office groups and
-- topics. The routing table (workflows/src/main/resources/dmn/routing.dmn) refers to these
-- codes; administrators change both together.

INSERT INTO queue (code, name, kind) VALUES
    ('fo-it',        'IT och telefoni / IT & telephony',                 'FRONT_OFFICE'),
    ('fo-premises',  'Lokaler och utrustning / Premises & equipment',    'FRONT_OFFICE'),
    ('fo-study',     'Studieservice / Study services',                   'FRONT_OFFICE'),
    ('fo-registry',  'Registratur och allmänt / Registry & general',     'FRONT_OFFICE'),
    ('it-service-desk', 'IT-servicedesk / IT service desk',              'BACK_OFFICE'),
    ('facilities',   'Fastighet och service / Facilities',               'BACK_OFFICE'),
    ('admissions',   'Antagning / Admissions',                           'BACK_OFFICE'),
    ('examinations', 'Examen / Examinations',                            'BACK_OFFICE'),
    ('finance',      'Ekonomi / Finance',                                'BACK_OFFICE'),
    ('hr',           'Personal / HR',                                    'BACK_OFFICE'),
    ('communications', 'Kommunikation och press / Communications',       'BACK_OFFICE'),
    ('registry',     'Registrator / Registry office',                    'BACK_OFFICE');

INSERT INTO topic (code, name, front_office_id)
SELECT t.code, t.name, q.id FROM (
    SELECT 'it-account' AS code, 'Konto och lösenord / Account & password' AS name, 'fo-it' AS fo
    UNION ALL SELECT 'it-network', 'Nätverk och wifi / Network & Wi-Fi', 'fo-it'
    UNION ALL SELECT 'it-software', 'Programvara och licenser / Software & licences', 'fo-it'
    UNION ALL SELECT 'telephony', 'Telefoni / Telephony', 'fo-it'
    UNION ALL SELECT 'premises-access', 'Nycklar och passerkort / Keys & access cards', 'fo-premises'
    UNION ALL SELECT 'premises-fault', 'Fel i lokaler / Building faults', 'fo-premises'
    UNION ALL SELECT 'equipment', 'Utrustning och möbler / Equipment & furniture', 'fo-premises'
    UNION ALL SELECT 'admission', 'Antagning och behörighet / Admission & eligibility', 'fo-study'
    UNION ALL SELECT 'exams', 'Tentor och betyg / Exams & grades', 'fo-study'
    UNION ALL SELECT 'degree', 'Examensbevis / Degree certificates', 'fo-study'
    UNION ALL SELECT 'tuition-fees', 'Studieavgifter / Tuition fees', 'fo-study'
    UNION ALL SELECT 'official-documents', 'Allmänna handlingar / Official documents', 'fo-registry'
    UNION ALL SELECT 'invoices', 'Fakturor och betalningar / Invoices & payments', 'fo-registry'
    UNION ALL SELECT 'employment', 'Anställning / Employment', 'fo-registry'
    UNION ALL SELECT 'media', 'Press och media / Press & media', 'fo-registry'
    UNION ALL SELECT 'other', 'Övrigt / Other', 'fo-registry'
) t JOIN queue q ON q.code = t.fo;
