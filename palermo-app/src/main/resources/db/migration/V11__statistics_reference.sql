-- The GLOTIP indicators, their dimensions and categories, the sex × age cells and the validation rules.
insert into stat_indicator (name, position, description) values
    ('Detected trafficking victims', 1, 'Victims of trafficking in persons detected or identified by national authorities'),
    ('Persons brought into formal contact', 2, 'Persons suspected, arrested or cautioned for trafficking in persons'),
    ('Persons prosecuted', 3, 'Persons prosecuted for trafficking in persons'),
    ('Persons convicted', 4, 'Persons convicted of trafficking in persons'),
    ('Offences of trafficking in persons', 5, 'Offences of trafficking in persons recorded by the police');

insert into stat_dimension (name, category_kind, position) values
    ('Total', 'TOTAL', 1),
    ('by form of exploitation', 'LIST', 2),
    ('by citizenship', 'COUNTRY', 3),
    ('by country of repatriation', 'COUNTRY', 4);

insert into stat_indicator_dimension (indicator, dimension) values
    ('Detected trafficking victims', 'Total'),
    ('Detected trafficking victims', 'by form of exploitation'),
    ('Detected trafficking victims', 'by citizenship'),
    ('Detected trafficking victims', 'by country of repatriation'),
    ('Persons brought into formal contact', 'Total'),
    ('Persons prosecuted', 'Total'),
    ('Persons convicted', 'Total'),
    ('Persons convicted', 'by form of exploitation'),
    ('Persons convicted', 'by citizenship'),
    ('Offences of trafficking in persons', 'Total');

insert into stat_category (dimension, name, position) values
    ('Total', 'Total', 1),
    ('by form of exploitation', 'Sexual exploitation', 1),
    ('by form of exploitation', 'Forced labour', 2),
    ('by form of exploitation', 'Other forms of exploitation', 3);

insert into stat_breakdown (sex, age, position) values
    ('Total', 'Total', 1),
    ('Female', 'Total', 2),
    ('Male', 'Total', 3),
    ('Total', '0 to 17 years', 4),
    ('Total', '18 years or over', 5),
    ('Female', '0 to 17 years', 6),
    ('Female', '18 years or over', 7),
    ('Male', '0 to 17 years', 8),
    ('Male', '18 years or over', 9),
    ('Other', 'Total', 10),
    ('Unknown', 'Unknown', 11);

insert into stat_validation_rule (code, name, left_side, operator, right_side, description, position) values
    ('no_negative', 'No negative values', '[*]', '>=', '0',
     'A count is never below zero.', 1),
    ('convicted_le_prosecuted', 'Persons convicted ≤ persons prosecuted',
     '[indicator=Persons convicted]', '<=', '[indicator=Persons prosecuted]',
     'In the same year and counted the same way (same dimension, category, sex and age), no more persons are convicted than prosecuted.', 2),
    ('female_male_le_total', 'Female + male ≤ total',
     '[sex=Female] + [sex=Male]', '<=', '[sex=Total]',
     'Where female, male and total are all reported for the same cell, female and male together do not exceed the total.', 3),
    ('children_adults_le_total', 'Children + adults ≤ total',
     '[age=0 to 17 years] + [age=18 years or over]', '<=', '[age=Total]',
     'Where both age groups and the total are reported for the same cell, the two groups together do not exceed the total.', 4),
    ('forms_le_total', 'Forms of exploitation ≤ total victims',
     '[dimension=by form of exploitation]', '<=', '[dimension=Total; category=Total]',
     'No form of exploitation has more victims than the total for the same indicator, sex and age.', 5),
    ('known_dimension', 'Known dimension for the indicator', 'dimension', 'in', 'dimensions of the indicator',
     'The dimension is one the indicator is broken down by.', 6),
    ('known_category', 'Known category', 'category', 'in', 'categories of the dimension',
     'The category is one of the dimension''s categories, or an ISO 3166 alpha-3 country code for citizenship and repatriation.', 7),
    ('known_sex_age', 'Known sex and age', 'sex, age', 'in', 'breakdowns',
     'Sex and age are one of the reported combinations (Total, Female, Male, Other, Unknown × Total, 0 to 17 years, 18 years or over, Unknown).', 8);
