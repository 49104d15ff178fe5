-- The built-in exercise catalogue (clinic_id null): read-only for clinics, which may copy any of them.
-- Facts (positions, doses, progressions) from the reference texts; every sentence written for Stepwise.

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('somatic-pelvic-tilt', 'Somatic pelvic tilt (3 parts)',
        'A gentle first movement for a sore lower back: it wakes up the small muscles around the pelvis without strain.',
        'SUPINE', 'Lying on your back, knees bent, feet flat', true, null, 5, null, null, null, 'NONE', 2, 7, 'somatic-pelvic-tilt', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'somatic-pelvic-tilt'), 0, 'Lie on your back with your knees bent and your feet flat, hip-width apart.'),
    ((select id from exercise where clinic_id is null and code = 'somatic-pelvic-tilt'), 1, 'Slide one hand under the small of your back so you can feel the gap between your back and the floor.'),
    ((select id from exercise where clinic_id is null and code = 'somatic-pelvic-tilt'), 2, 'Part 1: breathe in and let your lower back gently arch away from your hand.'),
    ((select id from exercise where clinic_id is null and code = 'somatic-pelvic-tilt'), 3, 'Part 2: breathe out and slowly flatten your lower back onto your hand, tipping your tailbone up a little.'),
    ((select id from exercise where clinic_id is null and code = 'somatic-pelvic-tilt'), 4, 'Part 3: let go completely and rest for one breath before the next slow tilt.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'somatic-pelvic-tilt'), 0, 'Keep the movement small and slow; it should never hurt.'),
    ((select id from exercise where clinic_id is null and code = 'somatic-pelvic-tilt'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'somatic-pelvic-tilt'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'somatic-pelvic-tilt'), 'CORE');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'somatic-pelvic-tilt'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('gluteal-stretch-part-1', 'Gluteal stretches, part 1',
        'Prepares the buttock muscles for deeper stretching and eases the pull they put on the lower back.',
        'SUPINE', 'Lying on your back, knees bent', true, null, 3, 20, 30, 'SECONDS', 'EACH_SIDE', 2, 7, 'gluteal-stretch-part-1', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 0, 'Lie on your back with both knees bent and your feet flat.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 1, 'Bring one knee up and hold it with both hands just below the knee.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 2, 'Gently guide the knee across your body toward the opposite shoulder until you feel a mild stretch in the buttock.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 3, 'Hold, breathing slowly, then lower the foot back to the floor.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 4, 'Repeat on the other side.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 0, 'Keep your head and shoulders relaxed on the floor.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 1, 'Aim for a gentle pull, never pain. Do not bounce.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 'GLUTES'), ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 'HIPS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('gluteal-stretch-part-2', 'Gluteal stretches, part 2',
        'A deeper sequence that isolates the big buttock muscle (gluteus maximus); only once part 1 is comfortable.',
        'SUPINE', 'Lying on your back, one ankle crossed over the other knee', true, null, 3, 20, 30, 'SECONDS', 'EACH_SIDE', 2, 7, 'gluteal-stretch-part-2', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 0, 'Lie on your back with both knees bent and your feet flat.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 1, 'Rest the outside of one ankle on the opposite thigh, just above the knee.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 2, 'Lift the supporting foot and hold behind that thigh with both hands.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 3, 'Draw the thigh slowly toward your chest until the stretch is strong but comfortable deep in the buttock.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 4, 'Hold, breathing slowly, then release and change sides.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 0, 'Only start this once part 1 feels comfortable.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 1, 'Keep the crossed foot flexed to protect the knee.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 2, 'Aim for a gentle pull, never pain. Do not bounce.'),
    ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 3, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 'GLUTES'), ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 'HIPS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('standing-hamstring-mobiliser', 'Standing hamstring stretch and full-body mobiliser (4 parts)',
        'A standing routine for anyone who cannot easily get down to the floor: hamstrings first, then a torso twist, then the shoulders.',
        'STANDING', 'Standing, one heel forward, a chair or wall within reach', false, null, 3, null, null, null, 'EACH_SIDE', 2, 7, 'standing-hamstring-mobiliser', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 0, 'Stand tall with a chair or wall beside you for balance.'),
    ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 1, 'Place one heel a small step forward with the toes lifted, bend the back knee and hinge forward from the hips until you feel the back of the front thigh.'),
    ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 2, 'Come back up, stand tall and turn your upper body slowly to one side and then the other, letting the arms swing loosely.'),
    ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 3, 'Finish by rolling both shoulders backwards in slow, wide circles.'),
    ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 4, 'Repeat the hamstring part with the other leg forward.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 0, 'Keep your back long as you hinge; do not round down toward the floor.'),
    ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 1, 'Hold on to support if you feel unsteady.'),
    ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 'HAMSTRINGS'), ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 'UPPER_BACK'), ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 'SHOULDERS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'standing-hamstring-mobiliser'), 'CHAIR');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('seated-low-back-hamstring-stretch', 'Seated low back and hamstring stretch',
        'Stretches the back and the hamstrings together; with tight hamstrings you will feel it mostly in the back of the thighs.',
        'SEATED', 'Sitting near the front of a firm chair, legs straight out', false, null, 3, 15, 30, 'SECONDS', 'NONE', 2, 7, 'seated-low-back-hamstring-stretch', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-hamstring-stretch'), 0, 'Sit near the front edge of a firm chair and straighten both legs, heels on the floor.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-hamstring-stretch'), 1, 'Rest your hands on your thighs.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-hamstring-stretch'), 2, 'Breathe out and slide your hands toward your knees, folding forward from the hips.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-hamstring-stretch'), 3, 'Stop where you feel a gentle stretch in the back or the back of the thighs and hold, breathing easily.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-hamstring-stretch'), 4, 'Use your hands on your thighs to push yourself back up.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-hamstring-stretch'), 0, 'Make sure the chair cannot slide or tip.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-hamstring-stretch'), 1, 'Aim for a gentle pull, never pain. Do not bounce.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-hamstring-stretch'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'seated-low-back-hamstring-stretch'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'seated-low-back-hamstring-stretch'), 'HAMSTRINGS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'seated-low-back-hamstring-stretch'), 'CHAIR');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('seated-low-back-stretch', 'Seated low back stretch',
        'Takes the hamstrings out of the stretch so it works on the back muscles alone.',
        'SEATED', 'Sitting on a firm chair, knees bent, feet apart', false, null, 3, 15, 30, 'SECONDS', 'NONE', 2, 7, 'seated-low-back-stretch', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-stretch'), 0, 'Sit on a firm chair with your feet flat, wider than your hips, knees bent.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-stretch'), 1, 'Let your arms hang between your knees.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-stretch'), 2, 'Breathe out and slowly curl forward, letting your head and arms sink toward the floor.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-stretch'), 3, 'Hold and breathe into your lower back.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-stretch'), 4, 'Roll up slowly, one part of the spine at a time, with your head coming up last.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-stretch'), 0, 'Come up slowly in case you feel light-headed.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-stretch'), 1, 'Aim for a gentle pull, never pain. Do not bounce.'),
    ((select id from exercise where clinic_id is null and code = 'seated-low-back-stretch'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'seated-low-back-stretch'), 'LOWER_BACK');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'seated-low-back-stretch'), 'CHAIR');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('supine-spinal-twist', 'Supine spinal twist',
        'A gentle twist that wrings out the spine, stretching along diagonal lines from shoulder to opposite hip.',
        'SUPINE', 'Lying on your back, knees bent, arms out to the sides', true, null, 2, 5, 8, 'BREATHS', 'EACH_SIDE', 2, 7, 'supine-spinal-twist', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'supine-spinal-twist'), 0, 'Lie on your back with your knees bent, feet together and arms out to the sides at shoulder height.'),
    ((select id from exercise where clinic_id is null and code = 'supine-spinal-twist'), 1, 'Let both knees sink slowly to one side while your shoulders stay on the floor.'),
    ((select id from exercise where clinic_id is null and code = 'supine-spinal-twist'), 2, 'If it feels comfortable, turn your head the opposite way.'),
    ((select id from exercise where clinic_id is null and code = 'supine-spinal-twist'), 3, 'Stay for a few breaths, then use your tummy muscles to bring the knees back to the middle.'),
    ((select id from exercise where clinic_id is null and code = 'supine-spinal-twist'), 4, 'Repeat to the other side.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'supine-spinal-twist'), 0, 'Only go as far as is comfortable; a pillow under the knees can support them.'),
    ((select id from exercise where clinic_id is null and code = 'supine-spinal-twist'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'supine-spinal-twist'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'supine-spinal-twist'), 'UPPER_BACK'), ((select id from exercise where clinic_id is null and code = 'supine-spinal-twist'), 'HIPS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'supine-spinal-twist'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('reclined-shoelace', 'Reclined shoelace',
        'A hip and buttock release in which the floor fully supports the back so it can relax.',
        'SUPINE', 'Lying on your back, legs crossed at the thighs', true, null, null, 8, 10, 'BREATHS', 'EACH_SIDE', 2, 7, 'reclined-shoelace', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 0, 'Lie on your back and bring both knees toward your chest.'),
    ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 1, 'Cross one thigh over the other, as high up as is comfortable.'),
    ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 2, 'Hold your ankles or feet and draw them gently toward you.'),
    ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 3, 'Stay for 8 to 10 slow breaths, letting your back sink into the floor.'),
    ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 4, 'Uncross and repeat with the other leg on top.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 0, 'If you cannot reach your feet, hold the backs of your thighs instead.'),
    ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 1, 'Aim for a gentle pull, never pain. Do not bounce.'),
    ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 'HIPS'), ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 'GLUTES'), ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 'LOWER_BACK');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'reclined-shoelace'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('knee-hug-single', 'Knee hug, one leg',
        'Releases the side of the lower back by hugging one knee toward the chest.',
        'SUPINE', 'Lying on your back', true, null, null, 8, 10, 'BREATHS', 'EACH_SIDE', 2, 7, 'knee-hug-single', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'knee-hug-single'), 0, 'Lie on your back with both knees bent.'),
    ((select id from exercise where clinic_id is null and code = 'knee-hug-single'), 1, 'Bring one knee up and hug it toward your chest or toward the armpit on the same side.'),
    ((select id from exercise where clinic_id is null and code = 'knee-hug-single'), 2, 'Keep the other foot resting on the floor.'),
    ((select id from exercise where clinic_id is null and code = 'knee-hug-single'), 3, 'Hold for 8 to 10 slow breaths, feeling the side of your lower back soften.'),
    ((select id from exercise where clinic_id is null and code = 'knee-hug-single'), 4, 'Lower the leg and repeat on the other side.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'knee-hug-single'), 0, 'If holding the shin hurts your knee, hold behind the thigh.'),
    ((select id from exercise where clinic_id is null and code = 'knee-hug-single'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'knee-hug-single'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'knee-hug-single'), 'GLUTES');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'knee-hug-single'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('knees-to-chest-both', 'Both knees to chest',
        'A fuller stretch for the lower back once a one-leg knee hug is easy.',
        'SUPINE', 'Lying on your back', true, null, 3, 20, 30, 'SECONDS', 'NONE', 2, 7, 'knees-to-chest-both', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 0, 'Lie on your back with both knees bent.'),
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 1, 'Bring one knee up, then the other, and hold them with your hands behind the thighs.'),
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 2, 'Draw both knees gently toward your chest until you feel a stretch across the lower back.'),
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 3, 'Hold, breathing slowly, with your head resting on the floor.'),
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 4, 'Lower one foot at a time back to the floor.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 0, 'Lower the legs one at a time to protect your back.'),
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 1, 'Aim for a gentle pull, never pain. Do not bounce.'),
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 'GLUTES');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('seal-stretch-forearms', 'Seal stretch on forearms',
        'A gentle back bend that eases the lower back in the opposite direction to sitting.',
        'PRONE', 'Lying face down, propped on the forearms', true, null, null, 8, 10, 'BREATHS', 'NONE', 2, 7, 'seal-stretch-forearms', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-forearms'), 0, 'Lie face down with your legs comfortably apart.'),
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-forearms'), 1, 'Place your elbows under your shoulders and come up onto your forearms.'),
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-forearms'), 2, 'Let your tummy and hips stay heavy on the floor and your shoulders relax away from your ears.'),
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-forearms'), 3, 'Hold for 8 to 10 easy breaths.'),
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-forearms'), 4, 'Lower down slowly and rest in child''s pose if that is comfortable.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-forearms'), 0, 'Move into it slowly and breathe freely.'),
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-forearms'), 1, 'Stop if the bend makes pain spread into a leg.'),
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-forearms'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'seal-stretch-forearms'), 'LOWER_BACK');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'seal-stretch-forearms'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('seal-stretch-straight-arms', 'Seal stretch on straight arms',
        'A deeper back bend for when the forearm version feels easy.',
        'PRONE', 'Lying face down, pressing up on straight arms', true, null, null, 8, 10, 'BREATHS', 'NONE', 2, 7, 'seal-stretch-straight-arms', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms'), 0, 'Start in the forearm seal stretch.'),
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms'), 1, 'Place your hands flat on the floor a little ahead of your shoulders.'),
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms'), 2, 'Slowly straighten your arms to lift your chest higher, keeping your hips on the floor.'),
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms'), 3, 'Hold for 8 to 10 easy breaths.'),
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms'), 4, 'Lower down slowly and rest in child''s pose.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms'), 0, 'Only lift as high as your back allows without pain.'),
    ((select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms'), 'HIP_FLEXORS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('deep-squat', 'Deep squat',
        'Opens the hips and lets the buttocks and lower back relax; sitting on pillows makes it easier.',
        'STANDING', 'Feet wider than the hips, toes turned out', true, null, null, 8, 10, 'BREATHS', 'NONE', 2, 7, 'deep-squat', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'deep-squat'), 0, 'Stand with your feet a little wider than your hips and your toes turned out.'),
    ((select id from exercise where clinic_id is null and code = 'deep-squat'), 1, 'Put a couple of firm pillows behind you if you want support.'),
    ((select id from exercise where clinic_id is null and code = 'deep-squat'), 2, 'Bend your knees and sink your hips down low, or onto the pillows.'),
    ((select id from exercise where clinic_id is null and code = 'deep-squat'), 3, 'Relax your buttocks and lower back, and sway gently from side to side.'),
    ((select id from exercise where clinic_id is null and code = 'deep-squat'), 4, 'Hold for 8 to 10 breaths, longer if you are sitting on pillows, then stand up slowly with your hands on your knees.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'deep-squat'), 0, 'Use something steady to hold if your balance is unsure.'),
    ((select id from exercise where clinic_id is null and code = 'deep-squat'), 1, 'Stop if your knees hurt.'),
    ((select id from exercise where clinic_id is null and code = 'deep-squat'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'deep-squat'), 'HIPS'), ((select id from exercise where clinic_id is null and code = 'deep-squat'), 'GLUTES'), ((select id from exercise where clinic_id is null and code = 'deep-squat'), 'LOWER_BACK');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'deep-squat'), 'PILLOWS');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('downward-dog', 'Downward-facing dog',
        'Lengthens the whole back of the body from the hands to the heels.',
        'QUADRUPED', 'Hands and feet on the floor, hips high', true, null, null, 8, 10, 'BREATHS', 'NONE', 2, 7, 'downward-dog', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'downward-dog'), 0, 'Start on your hands and knees, hands shoulder-width apart.'),
    ((select id from exercise where clinic_id is null and code = 'downward-dog'), 1, 'Tuck your toes under and lift your hips up and back.'),
    ((select id from exercise where clinic_id is null and code = 'downward-dog'), 2, 'Keep your knees slightly bent so your spine can lengthen from tailbone to head.'),
    ((select id from exercise where clinic_id is null and code = 'downward-dog'), 3, 'Sway your tailbone gently from side to side.'),
    ((select id from exercise where clinic_id is null and code = 'downward-dog'), 4, 'Hold for 8 to 10 breaths, then lower your knees and rest.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'downward-dog'), 0, 'Bend the knees as much as you need to keep the back long.'),
    ((select id from exercise where clinic_id is null and code = 'downward-dog'), 1, 'Avoid if you have been told not to put weight through your wrists or shoulders.'),
    ((select id from exercise where clinic_id is null and code = 'downward-dog'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'downward-dog'), 'HAMSTRINGS'), ((select id from exercise where clinic_id is null and code = 'downward-dog'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'downward-dog'), 'SHOULDERS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'downward-dog'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('knee-to-chest', 'Knee-to-chest stretch',
        'A classic lower back stretch, holding one knee toward the chest.',
        'SUPINE', 'Lying on your back, knees bent', true, null, null, 30, null, 'SECONDS', 'EACH_SIDE', 2, 7, 'knee-to-chest', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'knee-to-chest'), 0, 'Lie on your back with your knees bent and feet flat.'),
    ((select id from exercise where clinic_id is null and code = 'knee-to-chest'), 1, 'Hold one knee with both hands and draw it gently toward your chest.'),
    ((select id from exercise where clinic_id is null and code = 'knee-to-chest'), 2, 'Keep the other foot on the floor and your lower back relaxed.'),
    ((select id from exercise where clinic_id is null and code = 'knee-to-chest'), 3, 'Hold for about 30 seconds.'),
    ((select id from exercise where clinic_id is null and code = 'knee-to-chest'), 4, 'Return the foot to the floor and change legs.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'knee-to-chest'), 0, 'If pressure on the shin hurts your knee, hold behind the thigh instead.'),
    ((select id from exercise where clinic_id is null and code = 'knee-to-chest'), 1, 'Aim for a gentle pull, never pain. Do not bounce.'),
    ((select id from exercise where clinic_id is null and code = 'knee-to-chest'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'knee-to-chest'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'knee-to-chest'), 'GLUTES');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'knee-to-chest'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('lower-back-rotation', 'Lower back rotational stretch',
        'A small twist that eases stiffness and gently massages the muscles around the lower back.',
        'SUPINE', 'Lying on your back, knees bent, arms out', true, null, 3, 5, 10, 'SECONDS', 'EACH_SIDE', 2, 7, 'lower-back-rotation', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'lower-back-rotation'), 0, 'Lie on your back with your knees bent, feet flat and arms out to the sides.'),
    ((select id from exercise where clinic_id is null and code = 'lower-back-rotation'), 1, 'Keeping your shoulders down, let both knees roll gently to one side.'),
    ((select id from exercise where clinic_id is null and code = 'lower-back-rotation'), 2, 'Hold for 5 to 10 seconds.'),
    ((select id from exercise where clinic_id is null and code = 'lower-back-rotation'), 3, 'Tighten your tummy muscles a little to bring the knees back to the middle.'),
    ((select id from exercise where clinic_id is null and code = 'lower-back-rotation'), 4, 'Repeat to the other side.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'lower-back-rotation'), 0, 'Only roll as far as is comfortable.'),
    ((select id from exercise where clinic_id is null and code = 'lower-back-rotation'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'lower-back-rotation'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'lower-back-rotation'), 'HIPS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'lower-back-rotation'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('cat-cow', 'Cat-cow',
        'Wakes up the whole spine by moving it slowly between rounding and arching with the breath.',
        'QUADRUPED', 'On hands and knees', true, null, 3, null, null, null, 'NONE', 2, 7, 'cat-cow', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'cat-cow'), 0, 'Start on your hands and knees, hands under shoulders and knees under hips.'),
    ((select id from exercise where clinic_id is null and code = 'cat-cow'), 1, 'Breathe in and let your tummy sink as you lift your head and tailbone (cow).'),
    ((select id from exercise where clinic_id is null and code = 'cat-cow'), 2, 'Breathe out and round your back toward the ceiling, tucking your chin and tailbone (cat).'),
    ((select id from exercise where clinic_id is null and code = 'cat-cow'), 3, 'Move slowly with your breath, 3 to 5 times.'),
    ((select id from exercise where clinic_id is null and code = 'cat-cow'), 4, 'Finish in a neutral, flat back.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'cat-cow'), 0, 'Keep the movement within a comfortable range.'),
    ((select id from exercise where clinic_id is null and code = 'cat-cow'), 1, 'Put a folded towel under your knees if they are sore.'),
    ((select id from exercise where clinic_id is null and code = 'cat-cow'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'cat-cow'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'cat-cow'), 'UPPER_BACK'), ((select id from exercise where clinic_id is null and code = 'cat-cow'), 'CORE');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'cat-cow'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('childs-pose', 'Child''s pose',
        'A restful stretch that lengthens the whole back and lets you simply relax.',
        'KNEELING', 'Kneeling, sitting back toward the heels', true, null, null, 30, 60, 'SECONDS', 'NONE', 2, 7, 'childs-pose', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'childs-pose'), 0, 'Kneel on the floor with your big toes touching and knees apart.'),
    ((select id from exercise where clinic_id is null and code = 'childs-pose'), 1, 'Sit back toward your heels.'),
    ((select id from exercise where clinic_id is null and code = 'childs-pose'), 2, 'Walk your hands forward and lower your chest toward the floor, forehead resting down.'),
    ((select id from exercise where clinic_id is null and code = 'childs-pose'), 3, 'Let your whole back soften; stay for at least 30 seconds.'),
    ((select id from exercise where clinic_id is null and code = 'childs-pose'), 4, 'Walk your hands back to come up slowly.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'childs-pose'), 0, 'A pillow between your heels and buttocks or under your chest makes it easier.'),
    ((select id from exercise where clinic_id is null and code = 'childs-pose'), 1, 'Avoid if kneeling hurts your knees.'),
    ((select id from exercise where clinic_id is null and code = 'childs-pose'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'childs-pose'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'childs-pose'), 'UPPER_BACK'), ((select id from exercise where clinic_id is null and code = 'childs-pose'), 'HIPS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'childs-pose'), 'MAT'), ((select id from exercise where clinic_id is null and code = 'childs-pose'), 'PILLOWS');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('figure-four', 'Figure four stretch',
        'Targets the piriformis deep in the buttock, which can ease pressure around the sciatic nerve.',
        'SUPINE', 'Lying on your back, knees bent', true, null, null, 30, null, 'SECONDS', 'EACH_SIDE', 2, 7, 'figure-four', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'figure-four'), 0, 'Lie on your back with your knees bent and feet flat.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four'), 1, 'Cross one ankle over the opposite knee, keeping that foot flexed.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four'), 2, 'Let the crossed knee open gently away from you.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four'), 3, 'Hold for about 30 seconds, breathing slowly.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four'), 4, 'Change sides.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'figure-four'), 0, 'Keep the crossed foot flexed to protect the knee.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four'), 1, 'Aim for a gentle pull, never pain. Do not bounce.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'figure-four'), 'GLUTES'), ((select id from exercise where clinic_id is null and code = 'figure-four'), 'HIPS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'figure-four'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('figure-four-lifted', 'Figure four with lifted leg',
        'The deeper figure four: drawing the supporting thigh in increases the stretch in the buttock and hip.',
        'SUPINE', 'Lying on your back, one ankle over the other knee', true, null, null, 30, null, 'SECONDS', 'EACH_SIDE', 2, 7, 'figure-four-lifted', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 0, 'Start in the figure four, one ankle crossed over the opposite knee.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 1, 'Lift the supporting foot off the floor.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 2, 'Hold behind the supporting thigh and draw it gently toward your chest.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 3, 'Hold for about 30 seconds, breathing slowly.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 4, 'Lower the foot and change sides.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 0, 'Keep your head and shoulders resting on the floor.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 1, 'Aim for a gentle pull, never pain. Do not bounce.'),
    ((select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 'GLUTES'), ((select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 'HIPS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('hip-flexor-bed-edge', 'Hip flexor stretch at the edge of the bed',
        'Lengthens the front of the hip, which pulls on the pelvis after long sitting; done on a bed, no floor needed.',
        'SUPINE', 'Lying on your back near the edge of a bed, one leg hanging down', false, null, null, 10, 30, 'SECONDS', 'EACH_SIDE', 2, 7, 'hip-flexor-bed-edge', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'hip-flexor-bed-edge'), 0, 'Lie on your back close to the side edge of a firm bed.'),
    ((select id from exercise where clinic_id is null and code = 'hip-flexor-bed-edge'), 1, 'Hug the knee nearest the middle of the bed toward your chest.'),
    ((select id from exercise where clinic_id is null and code = 'hip-flexor-bed-edge'), 2, 'Let the other leg hang over the edge of the bed so the front of that hip stretches.'),
    ((select id from exercise where clinic_id is null and code = 'hip-flexor-bed-edge'), 3, 'Keep your lower back resting on the bed and hold for 10 to 30 seconds.'),
    ((select id from exercise where clinic_id is null and code = 'hip-flexor-bed-edge'), 4, 'Bring the hanging leg back onto the bed and change sides.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'hip-flexor-bed-edge'), 0, 'Make sure you are well supported and cannot roll off the bed.'),
    ((select id from exercise where clinic_id is null and code = 'hip-flexor-bed-edge'), 1, 'Aim for a gentle pull, never pain. Do not bounce.'),
    ((select id from exercise where clinic_id is null and code = 'hip-flexor-bed-edge'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'hip-flexor-bed-edge'), 'HIP_FLEXORS'), ((select id from exercise where clinic_id is null and code = 'hip-flexor-bed-edge'), 'LOWER_BACK');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'hip-flexor-bed-edge'), 'BED');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('single-knee-to-chest-leg-long', 'Single knee to chest, other leg long',
        'Adds a gentle stretch for the front of the other hip to the knee-to-chest.',
        'SUPINE', 'Lying on your back, legs straight', true, null, null, 30, null, 'SECONDS', 'EACH_SIDE', 2, 7, 'single-knee-to-chest-leg-long', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'single-knee-to-chest-leg-long'), 0, 'Lie on your back with both legs long.'),
    ((select id from exercise where clinic_id is null and code = 'single-knee-to-chest-leg-long'), 1, 'Bend one knee and hug it toward your chest.'),
    ((select id from exercise where clinic_id is null and code = 'single-knee-to-chest-leg-long'), 2, 'Keep the other leg straight and heavy on the floor.'),
    ((select id from exercise where clinic_id is null and code = 'single-knee-to-chest-leg-long'), 3, 'Hold for about 30 seconds.'),
    ((select id from exercise where clinic_id is null and code = 'single-knee-to-chest-leg-long'), 4, 'Change legs.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'single-knee-to-chest-leg-long'), 0, 'Bend the long leg if your back arches uncomfortably.'),
    ((select id from exercise where clinic_id is null and code = 'single-knee-to-chest-leg-long'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'single-knee-to-chest-leg-long'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'single-knee-to-chest-leg-long'), 'HIP_FLEXORS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'single-knee-to-chest-leg-long'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('knees-to-chest-rocking', 'Knees-to-chest rocking',
        'A soothing rock that massages the lower back against the floor.',
        'SUPINE', 'Lying on your back, knees hugged in', true, null, null, 60, null, 'SECONDS', 'NONE', 2, 7, 'knees-to-chest-rocking', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-rocking'), 0, 'Lie on your back and bring both knees toward your chest, holding behind the thighs.'),
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-rocking'), 1, 'Rock slowly from side to side, letting the floor massage your lower back.'),
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-rocking'), 2, 'Keep the movement small and easy for about a minute.'),
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-rocking'), 3, 'Lower one foot at a time to finish.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-rocking'), 0, 'Use a soft mat or rug under your back.'),
    ((select id from exercise where clinic_id is null and code = 'knees-to-chest-rocking'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'knees-to-chest-rocking'), 'LOWER_BACK');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'knees-to-chest-rocking'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('alternating-knee-hug-lengthen', 'Alternating knee hug with full-body lengthen',
        'Combines a full-body stretch with a knee hug, timed with the breath.',
        'SUPINE', 'Lying on your back, arms overhead', true, null, 4, null, null, null, 'ALTERNATING', 2, 7, 'alternating-knee-hug-lengthen', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'alternating-knee-hug-lengthen'), 0, 'Lie on your back with your legs long and your arms resting overhead.'),
    ((select id from exercise where clinic_id is null and code = 'alternating-knee-hug-lengthen'), 1, 'Breathe in and lengthen through your fingertips and heels.'),
    ((select id from exercise where clinic_id is null and code = 'alternating-knee-hug-lengthen'), 2, 'Breathe out and draw one knee in toward your chest, hugging it.'),
    ((select id from exercise where clinic_id is null and code = 'alternating-knee-hug-lengthen'), 3, 'Breathe in to lengthen out again.'),
    ((select id from exercise where clinic_id is null and code = 'alternating-knee-hug-lengthen'), 4, 'Alternate legs, 4 to 5 breaths each side.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'alternating-knee-hug-lengthen'), 0, 'If your shoulders are stiff, keep your arms by your sides.'),
    ((select id from exercise where clinic_id is null and code = 'alternating-knee-hug-lengthen'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'alternating-knee-hug-lengthen'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'alternating-knee-hug-lengthen'), 'HIP_FLEXORS'), ((select id from exercise where clinic_id is null and code = 'alternating-knee-hug-lengthen'), 'SHOULDERS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'alternating-knee-hug-lengthen'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('pelvic-rocking-breath', 'Pelvic rocking with the breath',
        'Rocks the pelvis gently in time with the breath to loosen the lower back.',
        'SUPINE', 'Lying on your back, knees bent', true, null, 5, null, null, null, 'NONE', 2, 7, 'pelvic-rocking-breath', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'pelvic-rocking-breath'), 0, 'Lie on your back with your knees bent and feet flat.'),
    ((select id from exercise where clinic_id is null and code = 'pelvic-rocking-breath'), 1, 'Breathe in and let your lower back arch a little.'),
    ((select id from exercise where clinic_id is null and code = 'pelvic-rocking-breath'), 2, 'Breathe out and flatten your lower back toward the floor.'),
    ((select id from exercise where clinic_id is null and code = 'pelvic-rocking-breath'), 3, 'Continue slowly for 5 to 6 breaths.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'pelvic-rocking-breath'), 0, 'Keep it small and smooth.'),
    ((select id from exercise where clinic_id is null and code = 'pelvic-rocking-breath'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'pelvic-rocking-breath'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'pelvic-rocking-breath'), 'CORE');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'pelvic-rocking-breath'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('bridge-lifts', 'Bridge lifts',
        'Strengthens the buttocks and back muscles that support the spine.',
        'SUPINE', 'Lying on your back, knees bent, arms by your sides', true, 1, 5, null, null, null, 'NONE', 2, 7, 'bridge-lifts', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'bridge-lifts'), 0, 'Lie on your back with your knees bent, feet flat and hip-width apart.'),
    ((select id from exercise where clinic_id is null and code = 'bridge-lifts'), 1, 'Breathe out, press through your feet and slowly lift your hips.'),
    ((select id from exercise where clinic_id is null and code = 'bridge-lifts'), 2, 'Lift only as high as is comfortable, with your weight on your shoulders, not your neck.'),
    ((select id from exercise where clinic_id is null and code = 'bridge-lifts'), 3, 'Breathe in at the top, then lower slowly one part of the spine at a time.'),
    ((select id from exercise where clinic_id is null and code = 'bridge-lifts'), 4, 'Do 5 to 6 slow lifts.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'bridge-lifts'), 0, 'Do not push up into pain or arch the back hard.'),
    ((select id from exercise where clinic_id is null and code = 'bridge-lifts'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'bridge-lifts'), 'GLUTES'), ((select id from exercise where clinic_id is null and code = 'bridge-lifts'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'bridge-lifts'), 'CORE');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'bridge-lifts'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('wide-knee-drop-reach', 'Wide-knee drop with overhead reach',
        'Opens the front of the hip and the side of the body.',
        'SUPINE', 'Lying on your back, feet wide, knees bent', true, null, null, 3, 5, 'BREATHS', 'EACH_SIDE', 2, 7, 'wide-knee-drop-reach', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'wide-knee-drop-reach'), 0, 'Lie on your back with your feet wider than your hips and knees bent.'),
    ((select id from exercise where clinic_id is null and code = 'wide-knee-drop-reach'), 1, 'Let both knees drop to one side.'),
    ((select id from exercise where clinic_id is null and code = 'wide-knee-drop-reach'), 2, 'Reach the arm on the opposite side overhead to lengthen the side of your body.'),
    ((select id from exercise where clinic_id is null and code = 'wide-knee-drop-reach'), 3, 'Stay for 3 to 5 breaths.'),
    ((select id from exercise where clinic_id is null and code = 'wide-knee-drop-reach'), 4, 'Bring the knees back up and change sides.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'wide-knee-drop-reach'), 0, 'Only drop the knees as far as is comfortable.'),
    ((select id from exercise where clinic_id is null and code = 'wide-knee-drop-reach'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'wide-knee-drop-reach'), 'HIP_FLEXORS'), ((select id from exercise where clinic_id is null and code = 'wide-knee-drop-reach'), 'HIPS'), ((select id from exercise where clinic_id is null and code = 'wide-knee-drop-reach'), 'SHOULDERS');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'wide-knee-drop-reach'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('low-back-breathing', 'Low-back breathing relaxation',
        'A calm way to finish a session, breathing into the lower back.',
        'SUPINE', 'Lying on your back, knees bent', true, null, 5, null, null, null, 'NONE', 2, 7, 'low-back-breathing', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'low-back-breathing'), 0, 'Lie on your back with your knees bent and your hands resting on your lower ribs.'),
    ((select id from exercise where clinic_id is null and code = 'low-back-breathing'), 1, 'Breathe in slowly through your nose and feel your lower back widen against the floor.'),
    ((select id from exercise where clinic_id is null and code = 'low-back-breathing'), 2, 'Breathe out slowly and let your whole body soften.'),
    ((select id from exercise where clinic_id is null and code = 'low-back-breathing'), 3, 'Take 5 slow breaths like this.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'low-back-breathing'), 0, 'Breathe at an easy pace; stop if you feel dizzy.'),
    ((select id from exercise where clinic_id is null and code = 'low-back-breathing'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'low-back-breathing'), 'LOWER_BACK');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'low-back-breathing'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('bird-dog', 'Bird-dog',
        'Builds core control by reaching an arm and the opposite leg while keeping the back steady.',
        'QUADRUPED', 'On hands and knees', true, 1, 5, 5, null, 'SECONDS', 'ALTERNATING', 1, 7, 'bird-dog', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'bird-dog'), 0, 'Start on your hands and knees with a flat back.'),
    ((select id from exercise where clinic_id is null and code = 'bird-dog'), 1, 'Tighten your tummy gently.'),
    ((select id from exercise where clinic_id is null and code = 'bird-dog'), 2, 'Slide one leg back and lift it to hip height while you reach the opposite arm forward.'),
    ((select id from exercise where clinic_id is null and code = 'bird-dog'), 3, 'Hold for about 5 seconds without letting your back sag or twist.'),
    ((select id from exercise where clinic_id is null and code = 'bird-dog'), 4, 'Return and change sides; start with a few and build up.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'bird-dog'), 0, 'Keep the lift low if your back arches.'),
    ((select id from exercise where clinic_id is null and code = 'bird-dog'), 1, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'bird-dog'), 'CORE'), ((select id from exercise where clinic_id is null and code = 'bird-dog'), 'LOWER_BACK'), ((select id from exercise where clinic_id is null and code = 'bird-dog'), 'GLUTES');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'bird-dog'), 'MAT');

insert into exercise (code, name, purpose, starting_position, position_detail, floor_required, dose_sets, dose_repetitions, dose_hold, dose_hold_max, dose_hold_unit, dose_sides, dose_times_per_day, dose_days_per_week, illustration, created_at, updated_at)
values ('plank', 'Plank',
        'A core exercise that holds the trunk steady like a board.',
        'PRONE', 'Face down, on forearms and toes (or knees)', true, 1, 3, 10, 20, 'SECONDS', 'NONE', 1, 7, 'plank', current_timestamp, current_timestamp);
insert into exercise_step (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'plank'), 0, 'Lie face down and place your elbows under your shoulders.'),
    ((select id from exercise where clinic_id is null and code = 'plank'), 1, 'Tighten your tummy and lift your body onto your forearms and knees, or toes if that is easy.'),
    ((select id from exercise where clinic_id is null and code = 'plank'), 2, 'Keep a straight line from head to knees or heels, without letting your hips sag.'),
    ((select id from exercise where clinic_id is null and code = 'plank'), 3, 'Hold for 10 to 20 seconds, breathing normally.'),
    ((select id from exercise where clinic_id is null and code = 'plank'), 4, 'Lower down and rest; start with a few and build up.');
insert into exercise_caution (exercise_id, position, text) values
    ((select id from exercise where clinic_id is null and code = 'plank'), 0, 'Start on your knees.'),
    ((select id from exercise where clinic_id is null and code = 'plank'), 1, 'Stop if your lower back aches during the hold.'),
    ((select id from exercise where clinic_id is null and code = 'plank'), 2, 'Stop if you feel sharp, shooting or sudden pain, or numbness or tingling down a leg, and call the clinic.');
insert into exercise_target_area (exercise_id, area) values ((select id from exercise where clinic_id is null and code = 'plank'), 'CORE');
insert into exercise_equipment (exercise_id, equipment) values ((select id from exercise where clinic_id is null and code = 'plank'), 'MAT');

-- Easier and harder variations.
update exercise set harder_id = (select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2') where clinic_id is null and code = 'gluteal-stretch-part-1';
update exercise set easier_id = (select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1') where clinic_id is null and code = 'gluteal-stretch-part-2';
update exercise set harder_id = (select id from exercise where clinic_id is null and code = 'knees-to-chest-both') where clinic_id is null and code = 'knee-hug-single';
update exercise set easier_id = (select id from exercise where clinic_id is null and code = 'knee-hug-single') where clinic_id is null and code = 'knees-to-chest-both';
update exercise set harder_id = (select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms') where clinic_id is null and code = 'seal-stretch-forearms';
update exercise set easier_id = (select id from exercise where clinic_id is null and code = 'seal-stretch-forearms') where clinic_id is null and code = 'seal-stretch-straight-arms';
update exercise set harder_id = (select id from exercise where clinic_id is null and code = 'knees-to-chest-both') where clinic_id is null and code = 'knee-to-chest';
update exercise set harder_id = (select id from exercise where clinic_id is null and code = 'bird-dog') where clinic_id is null and code = 'cat-cow';
update exercise set harder_id = (select id from exercise where clinic_id is null and code = 'figure-four-lifted') where clinic_id is null and code = 'figure-four';
update exercise set easier_id = (select id from exercise where clinic_id is null and code = 'figure-four') where clinic_id is null and code = 'figure-four-lifted';
update exercise set easier_id = (select id from exercise where clinic_id is null and code = 'cat-cow') where clinic_id is null and code = 'bird-dog';
update exercise set harder_id = (select id from exercise where clinic_id is null and code = 'plank') where clinic_id is null and code = 'bird-dog';
update exercise set easier_id = (select id from exercise where clinic_id is null and code = 'bird-dog') where clinic_id is null and code = 'plank';

-- Built-in progressions (DOMAIN.md), each with the default criterion: 3 comfortable sessions in 14 days, pain at most 3.
insert into prerequisite (clinic_id, required_exercise_id, dependent_exercise_id, min_sessions, window_days, max_pain, created_at)
values (null, (select id from exercise where clinic_id is null and code = 'somatic-pelvic-tilt'), (select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), 3, 14, 3, current_timestamp);
insert into prerequisite (clinic_id, required_exercise_id, dependent_exercise_id, min_sessions, window_days, max_pain, created_at)
values (null, (select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-1'), (select id from exercise where clinic_id is null and code = 'gluteal-stretch-part-2'), 3, 14, 3, current_timestamp);
insert into prerequisite (clinic_id, required_exercise_id, dependent_exercise_id, min_sessions, window_days, max_pain, created_at)
values (null, (select id from exercise where clinic_id is null and code = 'knee-hug-single'), (select id from exercise where clinic_id is null and code = 'knees-to-chest-both'), 3, 14, 3, current_timestamp);
insert into prerequisite (clinic_id, required_exercise_id, dependent_exercise_id, min_sessions, window_days, max_pain, created_at)
values (null, (select id from exercise where clinic_id is null and code = 'seal-stretch-forearms'), (select id from exercise where clinic_id is null and code = 'seal-stretch-straight-arms'), 3, 14, 3, current_timestamp);
insert into prerequisite (clinic_id, required_exercise_id, dependent_exercise_id, min_sessions, window_days, max_pain, created_at)
values (null, (select id from exercise where clinic_id is null and code = 'figure-four'), (select id from exercise where clinic_id is null and code = 'figure-four-lifted'), 3, 14, 3, current_timestamp);
insert into prerequisite (clinic_id, required_exercise_id, dependent_exercise_id, min_sessions, window_days, max_pain, created_at)
values (null, (select id from exercise where clinic_id is null and code = 'cat-cow'), (select id from exercise where clinic_id is null and code = 'bird-dog'), 3, 14, 3, current_timestamp);
insert into prerequisite (clinic_id, required_exercise_id, dependent_exercise_id, min_sessions, window_days, max_pain, created_at)
values (null, (select id from exercise where clinic_id is null and code = 'bird-dog'), (select id from exercise where clinic_id is null and code = 'plank'), 3, 14, 3, current_timestamp);
