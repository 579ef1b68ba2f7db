-- Full-text search over cases (CaseSearch): InnoDB FULLTEXT indexes on the free texts.
-- Case numbers and e-mail addresses are matched exactly over their ordinary indexes instead,
-- because the full-text parser splits them at '-', '@' and '.'.
CREATE FULLTEXT INDEX ft_case_subject ON service_case (subject);
CREATE FULLTEXT INDEX ft_timeline_body ON timeline_entry (body);
CREATE FULLTEXT INDEX ft_customer_name ON customer (name);
