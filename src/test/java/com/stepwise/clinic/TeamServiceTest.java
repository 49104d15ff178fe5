package com.stepwise.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.IntegrationTest;
import com.stepwise.MutableClock;
import com.stepwise.TestClinics;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.StepwiseUser;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** An administrator builds the clinic's team; links work once and expire; the clinic keeps an administrator. */
@IntegrationTest
class TeamServiceTest {

    static final String PASSPHRASE = "kettle on before the morning clinic";

    @Autowired
    TeamService team;
    @Autowired
    TestClinics signIn;
    @Autowired
    MutableClock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    ClinicianRepository clinicians;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    StepwiseUser admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = signIn.atNewClinic();
    }

    @AfterEach
    void reset() {
        clock.reset();
        signIn.signOut();
    }

    private String tokenOf(PasswordLinkIssued issued) {
        return issued.path().substring(issued.path().indexOf("token=") + "token=".length());
    }

    private boolean canSignIn(String email, String password) {
        var user = users.loadUserByUsername(email);
        return user.isEnabled() && passwordEncoder.matches(password, user.getPassword());
    }

    @Test
    void anAddedClinicianChoosesAPasswordWithTheLinkOnceAndSignsIn() {
        var issued = team.add("Jo Lindgren", "jo." + admin.clinicianId() + "@clinic.test", StepwiseUser.ROLE_CLINICIAN);
        assertThat(team.team()).extracting(TeamMember::name).contains("Jo Lindgren");
        assertThat(issued.emailed()).as("no SMTP server set up: the administrator passes it on").isFalse();
        var token = tokenOf(issued);
        assertThat(token.length()).as("at least 128 random bits").isGreaterThanOrEqualTo(22);
        assertThat(team.linkWorks(token)).isTrue();

        assertThatThrownBy(() -> team.setPasswordWithLink(token, "short", "short"))
                .hasMessageContaining("at least 12");
        team.setPasswordWithLink(token, PASSPHRASE, PASSPHRASE);
        assertThat(canSignIn(issued.email(), PASSPHRASE)).isTrue();
        assertThat(team.linkWorks(token)).as("used once").isFalse();
        assertThatThrownBy(() -> team.setPasswordWithLink(token, PASSPHRASE + "!", PASSPHRASE + "!"))
                .hasMessageContaining("expired or was already used");
        assertThat(clinicians.findAll()).noneMatch(c -> c.getPasswordHash().contains(token));
    }

    @Test
    void aResetLinkExpiresAfterADay() {
        var issued = team.add("Sam Reyes", "sam." + admin.clinicianId() + "@clinic.test", StepwiseUser.ROLE_CLINICIAN);
        var member = team.team().stream().filter(m -> m.email().equals(issued.email())).findFirst().orElseThrow();
        clock.setDay(java.time.LocalDate.now());
        var reset = team.issueResetLink(member.id());
        clock.advance(Duration.ofHours(25));
        assertThat(team.linkWorks(tokenOf(reset))).isFalse();
        assertThatThrownBy(() -> team.setPasswordWithLink(tokenOf(reset), PASSPHRASE, PASSPHRASE))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void theLastActiveAdministratorCanBeNeitherDemotedNorDeactivated() {
        var me = team.team().stream().filter(m -> m.id() == admin.clinicianId()).findFirst().orElseThrow();
        assertThatThrownBy(() -> team.changeRole(me.id(), me.version(), StepwiseUser.ROLE_CLINICIAN))
                .hasMessageContaining("only active administrator");
        assertThatThrownBy(() -> team.setActive(me.id(), me.version(), false))
                .hasMessageContaining("only active administrator");

        var other = team.add("Kai Moana", "kai." + admin.clinicianId() + "@clinic.test", StepwiseUser.ROLE_ADMIN);
        var kai = team.team().stream().filter(m -> m.email().equals(other.email())).findFirst().orElseThrow();
        var demoted = team.changeRole(me.id(), me.version(), StepwiseUser.ROLE_CLINICIAN);
        assertThat(demoted.administrator()).as("another administrator exists now").isFalse();
        assertThat(kai.administrator()).isTrue();
    }

    @Test
    void aDeactivatedClinicianCannotSignInAndKeepsTheirNameOnTheRecord() {
        var issued = team.add("Ana Ruiz", "ana." + admin.clinicianId() + "@clinic.test", StepwiseUser.ROLE_CLINICIAN);
        team.setPasswordWithLink(tokenOf(issued), PASSPHRASE, PASSPHRASE);
        var ana = team.team().stream().filter(m -> m.email().equals(issued.email())).findFirst().orElseThrow();
        team.setActive(ana.id(), ana.version(), false);
        assertThat(users.loadUserByUsername(issued.email()).isEnabled()).isFalse();
        assertThat(team.team()).filteredOn(m -> m.id() == ana.id()).singleElement()
                .satisfies(m -> assertThat(m.name()).isEqualTo("Ana Ruiz"));
        var reactivated = team.team().stream().filter(m -> m.id() == ana.id()).findFirst().orElseThrow();
        team.setActive(reactivated.id(), reactivated.version(), true);
        assertThat(canSignIn(issued.email(), PASSPHRASE)).isTrue();
        int revisions = transactions.execute(tx -> AuditReaderFactory.get(entityManager)
                .getRevisions(Clinician.class, ana.id()).size());
        assertThat(revisions).as("added, deactivated, reactivated: audited").isGreaterThanOrEqualTo(3);
    }

    @Test
    void onlyAdministratorsManageTheTeamAndEveryoneChangesTheirOwnPassword() {
        var issued = team.add("Lee Park", "lee." + admin.clinicianId() + "@clinic.test", StepwiseUser.ROLE_CLINICIAN);
        team.setPasswordWithLink(tokenOf(issued), PASSPHRASE, PASSPHRASE);
        signIn.signInAs((StepwiseUser) users.loadUserByUsername(issued.email()));
        assertThatThrownBy(() -> team.team()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.add("X", "x@y.org", StepwiseUser.ROLE_ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.changeOwnPassword("wrong", "a new long passphrase", "a new long passphrase"))
                .hasMessage("Your current password is not right.");
        team.changeOwnPassword(PASSPHRASE, "a new long passphrase", "a new long passphrase");
        assertThat(canSignIn(issued.email(), "a new long passphrase")).isTrue();
    }
}
